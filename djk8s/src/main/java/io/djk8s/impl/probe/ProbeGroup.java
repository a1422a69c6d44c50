package io.djk8s.impl.probe;

/** The probe lists an application configures, each answered on its own paths. */
public enum ProbeGroup {
  /** {@code djk8s.readiness.probes}, run by {@code /readyz} and MicroProfile {@code @Readiness}. */
  READINESS,
  /**
   * {@code djk8s.liveness.probes} (empty by default), run by {@code /livez} and {@code /healthz}
   * and MicroProfile {@code @Liveness}. Liveness must not depend on external services.
   */
  LIVENESS,
  /**
   * {@code djk8s.startup.probes} (empty by default) after the built-in {@code deployment} probe,
   * run by {@code /startupz} and MicroProfile {@code @Startup} until all pass once; then the
   * application counts as started for good.
   */
  STARTUP
}
