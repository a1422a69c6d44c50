package io.djk8s.core.engine;

import io.djk8s.core.settings.Djk8sKeys;
import io.djk8s.core.settings.Djk8sSettings;
import java.util.List;

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
  STARTUP;

  /**
   * The probes the settings name for this group.
   *
   * @param settings the settings
   * @return the configured probe list, in order
   */
  public List<String> configured(Djk8sSettings settings) {
    return switch (this) {
      case READINESS -> settings.readinessProbes();
      case LIVENESS -> settings.livenessProbes();
      case STARTUP -> settings.startupProbes();
    };
  }

  /**
   * The key that lists this group's probes.
   *
   * @return for example {@code djk8s.readiness.probes}
   */
  public String key() {
    return switch (this) {
      case READINESS -> Djk8sKeys.READINESS_PROBES.name();
      case LIVENESS -> Djk8sKeys.LIVENESS_PROBES.name();
      case STARTUP -> Djk8sKeys.STARTUP_PROBES.name();
    };
  }
}
