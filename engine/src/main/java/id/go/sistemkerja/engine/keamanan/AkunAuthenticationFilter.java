package id.go.sistemkerja.engine.keamanan;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's REST authentication filter with one addition: an address that failed too often with ordinary users
 * ({@link AkunPembatas}) gets 429 with Retry-After instead of another password check. Technical users are never
 * refused here (their requests are checked by {@link AkunAuthenticationProvider} without the lockout).
 */
public class AkunAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    String userId = basicUser(req);
    long tunggu = AkunPembatas.tungguDetik(req.getRemoteAddr(), userId);
    if (tunggu > 0 && !teknis(userId)) {
      HttpServletResponse resp = (HttpServletResponse) response;
      resp.setStatus(429);
      resp.setHeader("Retry-After", Long.toString(tunggu));
      resp.setContentType("application/json");
      resp.setCharacterEncoding("UTF-8");
      resp.getWriter().write("{\"type\":\"TerlaluBanyakPercobaan\",\"message\":\"Terlalu banyak percobaan masuk yang gagal dari alamat ini; coba lagi dalam "
          + tunggu + " detik.\"}");
      return;
    }
    super.doFilter(request, response, chain);
  }

  private static String basicUser(HttpServletRequest req) {
    String header = req.getHeader("Authorization");
    if (header == null || !header.startsWith("Basic ")) return null;
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon > 0 ? decoded.substring(0, colon) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean teknis(String userId) {
    if (userId == null) return false;
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    return engine != null && AkunAuthenticationProvider.adalahAkunTeknis(engine, userId);
  }
}
