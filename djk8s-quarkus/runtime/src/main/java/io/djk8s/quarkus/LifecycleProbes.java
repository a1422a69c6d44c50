package io.djk8s.quarkus;

/** The names of the lifecycle probes every application gets without listing them. */
final class LifecycleProbes {

  /** The startup probe that passes once Quarkus has fired {@code StartupEvent}. */
  static final String DEPLOYMENT = "deployment";

  /** The readiness probe behind {@link io.djk8s.ReadinessControl}. */
  static final String MANUAL = io.djk8s.ReadinessControl.PROBE_NAME;

  /** The readiness probe that fails from the moment the application is stopping. */
  static final String SHUTDOWN = "shutdown";

  private LifecycleProbes() {}
}
