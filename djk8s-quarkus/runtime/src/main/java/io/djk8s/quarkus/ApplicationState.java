package io.djk8s.quarkus;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.core.engine.InstantProbe;
import java.util.logging.Logger;

/**
 * Where the Quarkus application is in its life: started once {@code StartupEvent} has fired,
 * draining from the first shutdown signal on. Backs the {@code deployment} startup probe and the
 * {@code shutdown} readiness probe.
 */
final class ApplicationState {

  /** The body of {@code /readyz} during the drain. */
  static final String DRAINING = "shutdown: shutting down";

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private volatile boolean started;
  private boolean draining;

  void started() {
    started = true;
  }

  /**
   * Starts the drain unless it has started.
   *
   * @param why the signal, for the log
   * @return {@code true} when this call started it
   */
  synchronized boolean startDrain(String why) {
    if (draining) {
      return false;
    }
    draining = true;
    LOG.info(() -> "djk8s: the application is stopping (" + why + "); readiness answers 503");
    return true;
  }

  synchronized boolean draining() {
    return draining;
  }

  InstantProbe deploymentProbe() {
    return (ProbeContext context) -> {
      if (!started) {
        throw new NotReady(
            "deployment: not finished",
            NotReady.DEFAULT_STATUS,
            "Quarkus has not fired StartupEvent yet",
            null);
      }
    };
  }

  InstantProbe shutdownProbe() {
    return (ProbeContext context) -> {
      if (draining()) {
        throw new NotReady(DRAINING, NotReady.DEFAULT_STATUS, "the application is stopping", null);
      }
    };
  }
}
