package id.go.sistemkerja.engine.keamanan;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above a limit with 413 before anything reads them (issue 8, item 6). Tomcat's
 * max-http-form-post-size only bounds form posts; without this filter /engine-rest and the webapps' REST API
 * read a JSON body of any size into memory. Deployments (multipart) get their own, larger limit.
 * A body without Content-Length (chunked) is read up to the limit and refused past it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BatasUkuranPermintaan extends OncePerRequestFilter {

  private final long batas;
  private final long batasPenerapan;

  public BatasUkuranPermintaan(
      @Value("${sistem-kerja.batas-ukuran.permintaan:2MB}") DataSize batas,
      @Value("${sistem-kerja.batas-ukuran.penerapan:10MB}") DataSize batasPenerapan) {
    this.batas = batas.toBytes();
    this.batasPenerapan = batasPenerapan.toBytes();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = request.getRequestURI().endsWith("/deployment/create") ? batasPenerapan : batas;
    long length = request.getContentLengthLong();
    if (length > limit) {
      tolak(response, limit);
      return;
    }
    String type = request.getContentType();
    boolean form = type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded");
    if (length < 0 && !form && adaBadan(request)) {
      byte[] isi = bacaSampai(request.getInputStream(), limit);
      if (isi == null) {
        tolak(response, limit);
        return;
      }
      chain.doFilter(new BadanTerbaca(request, isi), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean adaBadan(HttpServletRequest request) {
    return request.getHeader("Transfer-Encoding") != null;
  }

  /** The body, or null when it is longer than the limit. */
  private static byte[] bacaSampai(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > limit) return null;
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static void tolak(HttpServletResponse response, long limit) throws IOException {
    response.setStatus(413);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    // Tomcat stops reading the rest of the body; the client should not reuse the connection.
    response.setHeader("Connection", "close");
    long mb = Math.max(1, limit / (1024 * 1024));
    response.getWriter().write("{\"type\":\"BadanTerlaluBesar\",\"code\":null,\"message\":\"Badan permintaan terlalu besar: paling banyak "
        + mb + " MB. Permintaan ditolak (HTTP 413) dan tidak diproses.\"}");
  }

  /** The request with its already read body. */
  private static final class BadanTerbaca extends HttpServletRequestWrapper {
    private final byte[] isi;

    BadanTerbaca(HttpServletRequest request, byte[] isi) {
      super(request);
      this.isi = isi;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(isi);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("BadanTerbaca dibaca secara sinkron");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return isi.length;
    }

    @Override
    public long getContentLengthLong() {
      return isi.length;
    }
  }
}
