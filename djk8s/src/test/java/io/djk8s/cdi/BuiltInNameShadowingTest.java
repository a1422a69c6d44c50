package io.djk8s.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.testing.TestConfig;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * An application that already has its own probe named like a built-in one (the {@code redis}
 * example of {@code ReadinessProbe}'s Javadoc) keeps it: the built-in probe steps aside instead of
 * failing the deployment with a duplicate name.
 */
class BuiltInNameShadowingTest {

  /** The application's own redis probe; a bean only where a test adds it. */
  @ProbeName("redis")
  public static class ApplicationRedisProbe implements ReadinessProbe {
    @Override
    public void ready(ProbeContext context) {}
  }

  @Test
  @SuppressWarnings("try") // the configuration is held open for the container, not read
  void anApplicationProbeReplacesTheBuiltInProbeOfTheSameName() {
    try (TestConfig config = TestConfig.of(Map.of("djk8s.readiness.probes", "redis"));
        WeldContainer container =
            new Weld()
                .disableDiscovery()
                .addExtension(new Djk8sExtension())
                .addBeanClasses(ProbeServiceProducer.class, ApplicationRedisProbe.class)
                .initialize()) {
      ProbeService runtime = container.select(ProbeService.class).get();

      assertThat(runtime.probe(ProbeGroup.READINESS, "redis"))
          .as("the configured 'redis' is the application's")
          .hasValueSatisfying(
              probe ->
                  assertThat(probe.probe().toString())
                      .contains(ApplicationRedisProbe.class.getSimpleName()));
    }
  }
}
