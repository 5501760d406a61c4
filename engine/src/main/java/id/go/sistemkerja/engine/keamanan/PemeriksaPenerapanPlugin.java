package id.go.sistemkerja.engine.keamanan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

/**
 * Every deployment is checked inside the engine (DESIGN §6, issue 8 item 5):
 * <ol>
 * <li>{@link PemeriksaPenerapanBerkas}, the first deployer, on the raw files: resource types, DOCTYPE/ENTITY, DMN
 * expression languages, and what the engine would run while parsing (form handler classes, imports);</li>
 * <li>{@link PemeriksaPenerapanListener}, a pre BPMN parse listener: code, scripts, classes, external resources
 * and expressions outside the allowlist;</li>
 * <li>defence in depth: expressions see no Spring bean and cannot call methods on objects. The Spring Boot
 * starter's ProcessEngineFactoryBean has already made a SpringExpressionManager over the whole application
 * context (beans == null) before any plugin runs, so setBeans alone in preInit would change nothing: the
 * expression manager is replaced here by {@link PemeriksaPenerapanEkspresiManager} (no bean resolver, no
 * BeanELResolver, so {@code ${''.getClass()}} fails too, also in stored Tasklist filters), and the bean map
 * is set empty for scripting. Checked after the engine is built: if a bean were visible or a method callable,
 * the engine would not start.</li>
 * </ol>
 */
public class PemeriksaPenerapanPlugin implements ProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(PemeriksaPenerapanPlugin.class);

  private final ApplicationContext applicationContext;

  public PemeriksaPenerapanPlugin(ApplicationContext applicationContext) {
    this.applicationContext = applicationContext;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPreBPMNParseListeners(listeners);
    }
    listeners.add(0, new PemeriksaPenerapanListener(this::adalahBean));

    List<Deployer> deployers = configuration.getCustomPreDeployers();
    if (deployers == null) {
      deployers = new ArrayList<>();
      configuration.setCustomPreDeployers(deployers);
    }
    deployers.add(0, new PemeriksaPenerapanBerkas());

    // A new (non-default) empty map: scripting then gets no SpringBeansResolverFactory either.
    Map<Object, Object> tanpaBean = new HashMap<>();
    configuration.setBeans(tanpaBean);
    configuration.setExpressionManager(new PemeriksaPenerapanEkspresiManager(tanpaBean));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    ExpressionManager ekspresi = configuration.getExpressionManager();
    List<String> terlihat = new ArrayList<>();
    int diperiksa = 0;
    for (String bean : applicationContext.getBeanDefinitionNames()) {
      if (!bean.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        continue;
      }
      diperiksa++;
      if (terbaca(configuration, ekspresi, "${" + bean + "}")) {
        terlihat.add(bean);
      }
    }
    boolean metode = terbaca(configuration, ekspresi, "${''.getClass()}");
    if (!terlihat.isEmpty() || metode) {
      throw new IllegalStateException("Pemeriksaan penerapan: ekspresi masih melihat bean " + terlihat
          + (metode ? " dan bisa memanggil metode objek" : "") + "; engine tidak dijalankan.");
    }
    LOG.info("Pemeriksaan penerapan aktif: {} bean Spring diperiksa, tidak satu pun terlihat dari ekspresi; "
        + "ekspresi tidak dapat memanggil metode objek.", diperiksa);
  }

  /** Whether the engine's expression manager evaluates {@code ekspresi} (with no variables) without failing. */
  private static boolean terbaca(ProcessEngineConfigurationImpl configuration, ExpressionManager manager, String ekspresi) {
    return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      try {
        manager.createExpression(ekspresi).getValue(StartProcessVariableScope.getSharedInstance());
        return true;
      } catch (RuntimeException e) {
        return false;
      }
    });
  }

  private boolean adalahBean(String nama) {
    return applicationContext.containsBean(nama);
  }
}
