package id.go.sistemkerja.engine.tasklist;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * GET /sistem-kerja/konfigurasi.json tells Tasklist's custom script (app/tasklist/scripts/sistem-kerja/) where the
 * Sistem Kerja API is, as the browser reaches it: {"apiUrl": "http://127.0.0.1:3000"} or {"apiUrl": null}. No
 * secret and no business logic: the same address is in the page's Content-Security-Policy (connect-src).
 */
@Configuration
public class KonfigurasiTasklist {

  private static final Pattern ALAMAT = Pattern.compile("^https?://[A-Za-z0-9.\\-:\\[\\]]+(/[A-Za-z0-9._~/\\-]*)?$");

  @Bean
  public ServletRegistrationBean<HttpServlet> konfigurasiTasklistServlet(
      @Value("${sistem-kerja.api-url-publik:}") String apiUrl) {
    String json = ALAMAT.matcher(apiUrl).matches()
        ? "{\"apiUrl\":\"" + apiUrl.replaceAll("/+$", "") + "\"}"
        : "{\"apiUrl\":null}";
    HttpServlet servlet = new HttpServlet() {
      @Override
      protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write(json);
      }
    };
    ServletRegistrationBean<HttpServlet> registration =
        new ServletRegistrationBean<>(servlet, "/sistem-kerja/konfigurasi.json");
    registration.setName("sistem-kerja-konfigurasi-tasklist");
    return registration;
  }
}
