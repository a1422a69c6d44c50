package io.djk8s.cdi;

import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.lifecycle.DeploymentProbe;
import io.djk8s.lifecycle.ManualReadiness;
import io.djk8s.lifecycle.ShutdownDrain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in lifecycle probes every application gets without listing them: {@code deployment}
 * first in the startup group, {@code manual} and {@code shutdown} last in the readiness group.
 * Listing one explicitly places it where it is listed instead. A built-in probe whose bean is not
 * deployed (a test deployment of a few classes) is simply left out.
 */
final class ImplicitProbes {

  /** The startup probe that passes once the CDI container has initialized the application. */
  static final String DEPLOYMENT = "deployment";

  /** The readiness probe behind {@code io.djk8s.ReadinessControl}. */
  static final String MANUAL = "manual";

  /** The readiness probe that fails from the moment the application is being stopped. */
  static final String SHUTDOWN = "shutdown";

  /** The probes of the application's lifecycle, which every group gets without being listed. */
  private static final Set<Class<?>> LIFECYCLE =
      Set.of(DeploymentProbe.class, ManualReadiness.class, ShutdownDrain.class);

  private ImplicitProbes() {}

  static List<ProbeCandidate> complete(
      ProbeGroup group, List<ProbeCandidate> resolved, List<ProbeCandidate> candidates) {
    List<ProbeCandidate> probes = new ArrayList<>(resolved);
    switch (group) {
      case STARTUP -> find(DEPLOYMENT, probes, candidates).ifPresent(p -> probes.add(0, p));
      case READINESS -> {
        find(MANUAL, probes, candidates).ifPresent(probes::add);
        find(SHUTDOWN, probes, candidates).ifPresent(probes::add);
      }
      case LIVENESS -> {
        // liveness must not depend on lifecycle state: nothing implicit
      }
    }
    return List.copyOf(probes);
  }

  private static Optional<ProbeCandidate> find(
      String name, List<ProbeCandidate> already, List<ProbeCandidate> candidates) {
    if (already.stream().anyMatch(c -> c.name().equals(name))) {
      return Optional.empty();
    }
    return candidates.stream()
        .filter(c -> !c.healthCheck())
        .filter(c -> c.name().equals(name))
        .filter(c -> c.bean() != null && LIFECYCLE.contains(c.bean().getBeanClass()))
        .findFirst();
  }
}
