package id.go.sistemkerja.engine.keamanan;

import java.util.Map;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The engine's expression manager: expressions resolve process variables (and the engine's own names), read
 * lists, maps and arrays, and call the registered functions (currentUser(), now(), Spin's S/JSON/XML). Unlike
 * Camunda's defaults it has no bean resolver (the Spring one exposes the whole application context, the plain
 * one a {@code beans} map) and no BeanELResolver, which without a process application would let any expression
 * call any method of any object it reaches ({@code ${''.getClass()...}}) — also in stored Tasklist filters.
 */
final class PemeriksaPenerapanEkspresiManager extends JuelExpressionManager {

  PemeriksaPenerapanEkspresiManager(Map<Object, Object> tanpaBean) {
    super(tanpaBean);
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new VariableScopeElResolver());
    resolver.add(new VariableContextElResolver());
    resolver.add(new ArrayELResolver(true));
    resolver.add(new ListELResolver(true));
    resolver.add(new MapELResolver(true));
    return resolver;
  }
}
