package io.djk8s.impl.config;

import java.time.Duration;
import java.util.List;

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
    boolean healthDefaultProceduresDisabled) {

  /** Copies the lists so that the settings stay immutable. */
  public Djk8sSettings {
    readinessProbes = List.copyOf(readinessProbes);
    livenessProbes = List.copyOf(livenessProbes);
    healthPaths = List.copyOf(healthPaths);
    readyPaths = List.copyOf(readyPaths);
  }

  /**
   * The configured entries of a group.
   *
   * @param group readiness or liveness
   * @return the configured names, in order
   */
  public List<String> probes(io.djk8s.impl.probe.ProbeGroup group) {
    return group == io.djk8s.impl.probe.ProbeGroup.READINESS ? readinessProbes : livenessProbes;
  }
}
