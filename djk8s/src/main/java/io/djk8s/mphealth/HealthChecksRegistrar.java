package io.djk8s.mphealth;

import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeService;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Registers djk8s's MicroProfile Health checks as synthetic beans: one {@code @Readiness} check per
 * readiness probe, one {@code @Liveness} check per liveness probe and one {@code @Startup} check
 * per startup probe, each named after its probe, and a {@code @Liveness} check named {@code livez},
 * UP while the application serves. Only called when the MicroProfile Health API is present and
 * {@code mp.health.disable-default-procedures} is not {@code true}.
 */
public final class HealthChecksRegistrar {

  /** The name of djk8s's liveness check in MicroProfile Health output. */
  public static final String LIVENESS_CHECK_NAME = "livez";

  private HealthChecksRegistrar() {}

  /**
   * Adds the readiness and liveness checks.
   *
   * @param event the container's event
   * @param readiness the configured readiness probe names
   * @param liveness the configured liveness probe names
   */
  public static void register(
      AfterBeanDiscovery event, List<String> readiness, List<String> liveness) {
    readiness.forEach(name -> addProbeCheck(event, ProbeGroup.READINESS, name));
    liveness.forEach(name -> addProbeCheck(event, ProbeGroup.LIVENESS, name));
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
    startup.forEach(name -> addProbeCheck(event, ProbeGroup.STARTUP, name));
  }

  private static void addProbeCheck(AfterBeanDiscovery event, ProbeGroup group, String name) {
    event
        .addBean()
        .id("djk8s-" + group.name().toLowerCase(Locale.ROOT) + "-" + name)
        .beanClass(ProbeHealthCheck.class)
        .types(HealthCheck.class, Object.class)
        .qualifiers(qualifier(group), Any.Literal.INSTANCE)
        .scope(Dependent.class)
        .produceWith(lookup -> new ProbeHealthCheck(group, name, runtime(lookup)));
  }

  /**
   * Whether a bean is one of the checks this class registers.
   *
   * @param bean a bean
   * @return true for djk8s's own MicroProfile Health checks
   */
  public static boolean isBridgeBean(Bean<?> bean) {
    Class<?> type = bean.getBeanClass();
    return type == ProbeHealthCheck.class || type == LivenessHealthCheck.class;
  }

  private static Annotation qualifier(ProbeGroup group) {
    return switch (group) {
      case READINESS -> Readiness.Literal.INSTANCE;
      case LIVENESS -> Liveness.Literal.INSTANCE;
      case STARTUP -> Startup.Literal.INSTANCE;
    };
  }

  /**
   * The application's runtime. Some servers (Payara) resolve a synthetic bean's lookup in a bean
   * archive that does not see the rest of {@code WEB-INF/lib/djk8s.jar}; the application's own
   * container, {@code CDI.current()}, does.
   */
  private static ProbeService runtime(Instance<Object> lookup) {
    Instance<ProbeService> runtime = lookup.select(ProbeService.class);
    return runtime.isResolvable() ? runtime.get() : CDI.current().select(ProbeService.class).get();
  }
}
