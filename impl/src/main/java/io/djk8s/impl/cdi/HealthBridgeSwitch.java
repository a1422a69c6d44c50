package io.djk8s.impl.cdi;

import io.djk8s.impl.health.HealthChecksRegistrar;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
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

  static void register(AfterBeanDiscovery event, List<ProbeCandidate> readiness) {
    List<String> names =
        readiness.stream().filter(c -> !c.healthCheck()).map(ProbeCandidate::name).toList();
    HealthChecksRegistrar.register(event, names);
  }
}
