package id.go.sistemkerja.engine.keamanan;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the deployment check; the Camunda Spring Boot starter applies every ProcessEnginePlugin bean. */
@Configuration
public class PemeriksaPenerapanKonfigurasi {

  @Bean
  public ProcessEnginePlugin pemeriksaPenerapan(ApplicationContext applicationContext) {
    return new PemeriksaPenerapanPlugin(applicationContext);
  }
}
