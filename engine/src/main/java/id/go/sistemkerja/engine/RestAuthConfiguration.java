package id.go.sistemkerja.engine;

import id.go.sistemkerja.engine.keamanan.AkunAuthenticationFilter;
import id.go.sistemkerja.engine.keamanan.AkunAuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Protects /engine-rest with HTTP Basic against the engine's identity service. REST authentication
 * is off by default in Camunda 7 (docs: user-guide/security); this mirrors Camunda Run's
 * CamundaBpmRunRestConfiguration. GET /engine-rest/engine stays open (the filter whitelists it).
 * Technical users are exempt from the login lockout and a storm from one address is answered 429
 * (keamanan.AkunAuthenticationProvider, keamanan.AkunAuthenticationFilter).
 */
@Configuration
public class RestAuthConfiguration {

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new AkunAuthenticationFilter());
    registration.setName("sistem-kerja-rest-auth");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        AkunAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(1);
    return registration;
  }
}
