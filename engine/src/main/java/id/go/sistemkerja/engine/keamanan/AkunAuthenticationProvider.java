package id.go.sistemkerja.engine.keamanan;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * HTTP Basic for /engine-rest against the engine's identity service, with two changes to Camunda's provider:
 *
 * <ul>
 *   <li>Technical users (members of group {@value #GRUP_TEKNIS}: skworker, skapi) are checked against their stored
 *       password hash without Camunda's login lockout (loginMaxAttempts = 10, then locked for good; each failure
 *       also locks for 3 s, 6 s, ... up to 60 s). A storm of wrong passwords for skworker therefore never refuses
 *       the workers' own requests. Their passwords are long and random, so the lockout adds nothing against
 *       guessing.</li>
 *   <li>Ordinary users go through {@code IdentityService.checkPassword} (with the lockout) unless their address
 *       (or their address for that user) already failed too often in the window ({@link AkunPembatas}); then the
 *       password is not checked at all (the filter answers 429).</li>
 * </ul>
 */
public class AkunAuthenticationProvider extends HttpBasicAuthenticationProvider {

  public static final String GRUP_TEKNIS = "skteknis";

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.startsWith(BASIC_AUTH_HEADER_PREFIX)) return AuthenticationResult.unsuccessful();
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(BASIC_AUTH_HEADER_PREFIX.length()).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return AuthenticationResult.unsuccessful();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) return AuthenticationResult.unsuccessful();
    String userId = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);

    if (adalahAkunTeknis(engine, userId)) {
      return cocokTanpaPenguncian(engine, userId, password)
          ? AuthenticationResult.successful(userId)
          : AuthenticationResult.unsuccessful(userId);
    }
    String alamat = request.getRemoteAddr();
    if (AkunPembatas.tungguDetik(alamat, userId) > 0) return AuthenticationResult.unsuccessful(userId);
    if (engine.getIdentityService().checkPassword(userId, password)) return AuthenticationResult.successful(userId);
    AkunPembatas.catatGagal(alamat, userId);
    return AuthenticationResult.unsuccessful(userId);
  }

  /** Whether the request's Basic user is a technical user (no password is checked). */
  public static boolean adalahAkunTeknis(ProcessEngine engine, String userId) {
    return engine.getIdentityService().createGroupQuery().groupMember(userId).groupId(GRUP_TEKNIS).count() > 0;
  }

  /** The engine's own hash comparison (salted, PasswordManager), without reading or writing the lock fields. */
  static boolean cocokTanpaPenguncian(ProcessEngine engine, String userId, String password) {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Command<Boolean> check = ctx -> {
      UserEntity user = ctx.getDbEntityManager().selectById(UserEntity.class, userId);
      if (user == null || user.getPassword() == null) return false;
      return config.getPasswordManager().check(EncryptionUtil.saltPassword(password, user.getSalt()), user.getPassword());
    };
    return config.getCommandExecutorTxRequired().execute(check);
  }
}
