package id.go.sistemkerja.engine.keamanan;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link PenjagaPerintah} in both command chains of the engine (required and requires-new
 * transactions), after the command context is opened. Every path into the engine — /engine-rest, the webapps'
 * /camunda/api/engine, anything added later — runs its work as commands through these chains.
 */
@Configuration
public class PenjagaPerintahPlugin {

  @Bean
  public ProcessEnginePlugin penjagaPerintah() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostCommandInterceptorsTxRequired(
            tambah(configuration.getCustomPostCommandInterceptorsTxRequired(), new PenjagaPerintah()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
            tambah(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new PenjagaPerintah()));
      }

      @Override
      public String toString() {
        return "PenjagaPerintah (jalan pintas di sekitar proses ditolak untuk pegawai)";
      }
    };
  }

  private static List<CommandInterceptor> tambah(List<CommandInterceptor> ada, CommandInterceptor baru) {
    List<CommandInterceptor> daftar = ada == null ? new ArrayList<>() : new ArrayList<>(ada);
    daftar.add(baru);
    return daftar;
  }
}
