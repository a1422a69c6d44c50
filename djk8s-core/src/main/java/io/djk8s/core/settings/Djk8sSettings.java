package io.djk8s.core.settings;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The validated djk8s configuration.
 *
 * @param readinessProbes probe names or class names, in configured order, never empty
 * @param livenessProbes liveness probe names or class names, in configured order, may be empty
 * @param healthPaths paths answered 200 while the process serves
 * @param readyPaths paths that run the readiness probes
 * @param probeTimeout the deadline of each probe run, positive
 * @param cacheTtl how long a finished probe result is reused, zero or positive
 * @param details who sees failure reasons
 * @param filterEnabled whether the JAX-RS filter answers the probe paths
 * @param healthDefaultProceduresDisabled whether MicroProfile Health vendor checks are turned off
 * @param startupPaths paths that answer 503 until the application has started, then 200
 * @param startupProbes startup probe names or class names, in configured order, may be empty
 * @param shutdownDrain how long readiness answers 503 before the application stops; zero for none
 * @param detailsRoles roles whose members see reasons under {@link DetailsPolicy#WHEN_AUTHORIZED}
 * @param metricsEnabled whether probes export metrics when a metrics API is present
 */
public record Djk8sSettings(
    List<String> readinessProbes,
    List<String> livenessProbes,
    List<String> healthPaths,
    List<String> readyPaths,
    Duration probeTimeout,
    Duration cacheTtl,
    DetailsPolicy details,
    boolean filterEnabled,
    boolean healthDefaultProceduresDisabled,
    List<String> startupPaths,
    List<String> startupProbes,
    Duration shutdownDrain,
    Set<String> detailsRoles,
    boolean metricsEnabled) {

  /** Copies the lists so that the settings stay immutable. */
  public Djk8sSettings {
    startupPaths = List.copyOf(startupPaths);
    startupProbes = List.copyOf(startupProbes);
    detailsRoles = Set.copyOf(detailsRoles);
    readinessProbes = List.copyOf(readinessProbes);
    livenessProbes = List.copyOf(livenessProbes);
    healthPaths = List.copyOf(healthPaths);
    readyPaths = List.copyOf(readyPaths);
  }

  /**
   * Settings with the lifecycle keys at their defaults ({@link Djk8sKeys#STARTUP_PATHS}, {@link
   * Djk8sKeys#STARTUP_PROBES}, {@link Djk8sKeys#SHUTDOWN_DRAIN}, {@link Djk8sKeys#DETAILS_ROLES},
   * {@link Djk8sKeys#METRICS_ENABLED}).
   *
   * @param readinessProbes probe names or class names, in configured order, never empty
   * @param livenessProbes liveness probe names or class names, may be empty
   * @param healthPaths paths answered 200 while the process serves
   * @param readyPaths paths that run the readiness probes
   * @param probeTimeout the deadline of each probe run, positive
   * @param cacheTtl how long a finished probe result is reused, zero or positive
   * @param details who sees failure reasons
   * @param filterEnabled whether the JAX-RS filter answers the probe paths
   * @param healthDefaultProceduresDisabled whether MicroProfile Health vendor checks are turned off
   */
  public Djk8sSettings(
      List<String> readinessProbes,
      List<String> livenessProbes,
      List<String> healthPaths,
      List<String> readyPaths,
      Duration probeTimeout,
      Duration cacheTtl,
      DetailsPolicy details,
      boolean filterEnabled,
      boolean healthDefaultProceduresDisabled) {
    this(
        readinessProbes,
        livenessProbes,
        healthPaths,
        readyPaths,
        probeTimeout,
        cacheTtl,
        details,
        filterEnabled,
        healthDefaultProceduresDisabled,
        KeyReader.split(Djk8sKeys.STARTUP_PATHS.defaultText()),
        KeyReader.split(Djk8sKeys.STARTUP_PROBES.defaultText()),
        DurationText.parse(Djk8sKeys.SHUTDOWN_DRAIN.defaultText()).orElseThrow(),
        Set.copyOf(KeyReader.split(Djk8sKeys.DETAILS_ROLES.defaultText())),
        Boolean.parseBoolean(Djk8sKeys.METRICS_ENABLED.defaultText()));
  }
}
