package io.djk8s.cdi;

import io.djk8s.mphealth.HealthChecksRegistrar;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Bean;
import java.util.List;

/**
 * Keeps MicroProfile Health optional: its classes are touched only when the API is on the
 * classpath, so djk8s also runs in a plain CDI + JAX-RS application.
 */
final class HealthBridgeSwitch {

  private HealthBridgeSwitch() {}

  static boolean healthApiPresent() {
    try {
      Class.forName(
          "org.eclipse.microprofile.health.HealthCheck",
          false,
          HealthBridgeSwitch.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Whether a bean is one of the MicroProfile Health checks the bridge registers for djk8s's own
   * probes, which must not be taken for an application's check.
   */
  static boolean isBridgeBean(Bean<?> bean) {
    return healthApiPresent() && HealthChecksRegistrar.isBridgeBean(bean);
  }

  static void register(
      AfterBeanDiscovery event,
      List<ProbeCandidate> readiness,
      List<ProbeCandidate> liveness,
      List<ProbeCandidate> startup) {
    HealthChecksRegistrar.register(event, ownProbes(readiness), ownProbes(liveness));
    HealthChecksRegistrar.registerStartup(event, ownProbes(startup));
  }

  /** The application's own health checks are in MicroProfile Health already: not bridged. */
  private static List<String> ownProbes(List<ProbeCandidate> candidates) {
    return candidates.stream().filter(c -> !c.healthCheck()).map(ProbeCandidate::name).toList();
  }
}
