package io.djk8s.quarkus;

import io.djk8s.core.engine.ProbeService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The optional integrations, each used only when the application has its API: probe metrics through
 * Micrometer ({@code quarkus-micrometer}).
 */
final class Extensions {

  private static final Logger LOG = Logger.getLogger("io.djk8s");
  private static final String MICROMETER = "io.micrometer.core.instrument.MeterRegistry";

  private Extensions() {}

  static void attachMetrics(ProbeService service) {
    if (!service.settings().metricsEnabled() || !present(MICROMETER)) {
      return;
    }
    try {
      MicrometerMetrics.attach(service);
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, "djk8s: probe metrics are off; Micrometer failed", e);
    }
  }

  private static boolean present(String type) {
    try {
      Class.forName(type, false, Extensions.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
