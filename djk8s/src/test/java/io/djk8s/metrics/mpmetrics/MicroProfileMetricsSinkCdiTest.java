package io.djk8s.metrics.mpmetrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.metrics.spi.MetricsSink;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionPoint;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * The registry lookup in a real CDI container, against a producer that reads {@code
 * InjectionPoint.getAnnotated()} the way Payara's {@code MetricRegistryProducer} does. A
 * programmatic {@code Instance} lookup hands such a producer a null {@code Annotated}.
 */
class MicroProfileMetricsSinkCdiTest {

  /** Payara's producer, reduced to what broke: it reads the scope from the injection point. */
  @Dependent
  static class AnnotatedReadingProducer {
    static volatile String scopeSeen;

    @Produces
    @Dependent
    MetricRegistry registry(InjectionPoint point) {
      RegistryScope scope = point.getAnnotated().getAnnotation(RegistryScope.class);
      scopeSeen = scope == null ? MetricRegistry.APPLICATION_SCOPE : scope.scope();
      return (MetricRegistry)
          Proxy.newProxyInstance(
              MetricRegistry.class.getClassLoader(),
              new Class<?>[] {MetricRegistry.class},
              (proxy, method, args) -> null);
    }
  }

  @Test
  void theRegistryProducerGetsAnAnnotatedInjectionPoint() {
    AnnotatedReadingProducer.scopeSeen = null;
    try (WeldContainer container =
        new Weld().disableDiscovery().addBeanClasses(AnnotatedReadingProducer.class).initialize()) {
      Optional<MetricsSink> sink =
          MicroProfileMetricsSink.of(container.select(BeanManager.class).get());
      assertThat(sink).isPresent();
      assertThat(AnnotatedReadingProducer.scopeSeen).isEqualTo(MetricRegistry.APPLICATION_SCOPE);
    }
  }

  /** Any bean: Weld SE refuses to start with none. */
  @Dependent
  static class SomeBean {}

  @Test
  void noRegistryBeanMeansNoSink() {
    try (WeldContainer container =
        new Weld().disableDiscovery().addBeanClasses(SomeBean.class).initialize()) {
      assertThat(MicroProfileMetricsSink.of(container.select(BeanManager.class).get())).isEmpty();
    }
  }
}
