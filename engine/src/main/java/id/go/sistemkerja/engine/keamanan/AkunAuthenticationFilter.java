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
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
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
    // POST /identity/verify checks anybody's password (and counts towards their lockout): only the API's technical
    // user and engine administrators need it, so a pegawai cannot guess or lock out colleagues through it.
    super.doFilter(request, response, (req2, resp2) -> {
      if (((HttpServletRequest) req2).getRequestURI().endsWith("/identity/verify") && !bolehVerifikasi()) {
        HttpServletResponse resp = (HttpServletResponse) resp2;
        resp.setStatus(403);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"Hanya pengguna teknis dan administrator engine yang dapat memeriksa kata sandi pengguna lain.\"}");
        return;
      }
      chain.doFilter(req2, resp2);
    });
  }

  private static boolean bolehVerifikasi() {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    if (engine == null) return false;
    Authentication auth = engine.getIdentityService().getCurrentAuthentication();
    List<String> groups = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    return groups.contains(AkunAuthenticationProvider.GRUP_TEKNIS) || groups.contains(Groups.CAMUNDA_ADMIN);
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
