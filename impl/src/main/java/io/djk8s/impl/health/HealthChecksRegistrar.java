package io.djk8s.impl.health;

import io.djk8s.impl.cdi.Djk8sRuntime;
import io.djk8s.impl.probe.ProbeGroup;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Registers djk8s's MicroProfile Health checks as synthetic beans: one {@code @Readiness} check per
 * configured readiness probe and one {@code @Liveness} check per liveness probe, named after the
 * probe, and a {@code @Liveness} check named {@code livez}, UP while the application serves. Only
 * called when the MicroProfile Health API is present and {@code
 * mp.health.disable-default-procedures} is not {@code true}.
 */
public final class HealthChecksRegistrar {

  /** The name of djk8s's liveness check in MicroProfile Health output. */
  public static final String LIVENESS_CHECK_NAME = "livez";

  private HealthChecksRegistrar() {}

  /**
   * Adds the checks.
   *
   * @param event the container's event
   * @param readiness the configured readiness probe names
   * @param liveness the configured liveness probe names
   */
  public static void register(
      AfterBeanDiscovery event, List<String> readiness, List<String> liveness) {
    for (String name : readiness) {
      event
          .addBean()
          .id("djk8s-readiness-" + name)
          .beanClass(ProbeHealthCheck.class)
          .types(HealthCheck.class, Object.class)
          .qualifiers(Readiness.Literal.INSTANCE, Any.Literal.INSTANCE)
          .scope(Dependent.class)
          .produceWith(
              lookup ->
                  new ProbeHealthCheck(
                      ProbeGroup.READINESS, name, lookup.select(Djk8sRuntime.class).get()));
    }
    for (String name : liveness) {
      event
          .addBean()
          .id("djk8s-liveness-" + name)
          .beanClass(ProbeHealthCheck.class)
          .types(HealthCheck.class, Object.class)
          .qualifiers(Liveness.Literal.INSTANCE, Any.Literal.INSTANCE)
          .scope(Dependent.class)
          .produceWith(
              lookup ->
                  new ProbeHealthCheck(
                      ProbeGroup.LIVENESS, name, lookup.select(Djk8sRuntime.class).get()));
    }
    event
        .addBean()
        .id("djk8s-liveness")
        .beanClass(LivenessHealthCheck.class)
        .types(HealthCheck.class, Object.class)
        .qualifiers(Liveness.Literal.INSTANCE, Any.Literal.INSTANCE)
        .scope(Dependent.class)
        .produceWith(lookup -> new LivenessHealthCheck());
  }

  /**
   * Adds one {@code @Startup} check per startup probe (the built-in {@code deployment} probe and
   * {@code djk8s.startup.probes}), UP for good once every one has passed.
   *
   * @param event the container's event
   * @param startup the startup probe names
   */
  public static void registerStartup(AfterBeanDiscovery event, List<String> startup) {
    for (String name : startup) {
      event
          .addBean()
          .id("djk8s-startup-" + name)
          .beanClass(ProbeHealthCheck.class)
          .types(HealthCheck.class, Object.class)
          .qualifiers(Startup.Literal.INSTANCE, Any.Literal.INSTANCE)
          .scope(Dependent.class)
          .produceWith(
              lookup ->
                  new ProbeHealthCheck(
                      ProbeGroup.STARTUP, name, lookup.select(Djk8sRuntime.class).get()));
    }
  }
}
