package io.djk8s.grpc;

import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeService;
import java.util.List;
import java.util.Optional;

/**
 * What a health {@code service} name asks for: {@code ""} and {@code readiness} the readiness
 * group, {@code liveness} and {@code startup} their groups, any other name the probe of that name
 * (looked up in readiness, then liveness, then startup).
 *
 * @param service the service name as the client sent it
 * @param group the group the probes run in
 * @param probes the probes to run
 */
record HealthTarget(String service, ProbeGroup group, List<NamedProbe> probes) {

  /** Copies the probe list. */
  HealthTarget {
    probes = List.copyOf(probes);
  }

  static Optional<HealthTarget> resolve(ProbeService engine, String service) {
    String name = service == null ? "" : service;
    Optional<ProbeGroup> group =
        switch (name) {
          case "", "readiness" -> Optional.of(ProbeGroup.READINESS);
          case "liveness" -> Optional.of(ProbeGroup.LIVENESS);
          case "startup" -> Optional.of(ProbeGroup.STARTUP);
          default -> Optional.empty();
        };
    if (group.isPresent()) {
      return Optional.of(new HealthTarget(name, group.get(), engine.probes(group.get())));
    }
    for (ProbeGroup candidate : ProbeGroup.values()) {
      Optional<NamedProbe> probe = engine.probe(candidate, name);
      if (probe.isPresent()) {
        return Optional.of(new HealthTarget(name, candidate, List.of(probe.get())));
      }
    }
    return Optional.empty();
  }

  boolean covers(String probeName) {
    return probes.stream().anyMatch(probe -> probe.name().equals(probeName));
  }
}
