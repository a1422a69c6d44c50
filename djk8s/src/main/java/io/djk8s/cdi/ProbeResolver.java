package io.djk8s.cdi;

import io.djk8s.core.engine.ProbeNames;
import io.djk8s.core.settings.Djk8sKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Resolves the entries of {@code djk8s.readiness.probes} to beans: a probe's short name, its bean
 * class name, an upstream name such as {@code djk8s.probes.DatabaseProbe}, or the class name of an
 * application's MicroProfile {@code @Readiness} check. An application probe named like a built-in
 * one ({@code redis}) replaces it. Every entry that resolves to nothing is a problem naming the key
 * and the value.
 */
final class ProbeResolver {

  private final List<ProbeCandidate> candidates;

  ProbeResolver(List<ProbeCandidate> candidates) {
    this.candidates = List.copyOf(candidates);
  }

  /** The resolved entries in order, and every problem found. */
  record Resolution(List<ProbeCandidate> probes, List<String> problems) {}

  Resolution resolve(String key, List<String> entries) {
    List<String> problems = new ArrayList<>(duplicateNames());
    List<ProbeCandidate> resolved = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String entry : entries) {
      Optional<ProbeCandidate> match = find(entry);
      if (match.isEmpty()) {
        problems.add(key + "='" + String.join(",", entries) + "': " + explain(entry));
      } else if (!seen.add(match.get().name())) {
        problems.add(
            key
                + "='"
                + String.join(",", entries)
                + "': probe '"
                + match.get().name()
                + "' is listed twice");
      } else {
        resolved.add(match.get());
      }
    }
    return new Resolution(resolved, problems);
  }

  private Optional<ProbeCandidate> find(String entry) {
    String name = ProbeNames.withoutUpstreamAlias(entry);
    Optional<ProbeCandidate> probe =
        candidates.stream()
            .filter(c -> !c.healthCheck())
            .filter(c -> c.name().equals(name) || c.className().equals(entry))
            .min(Comparator.comparing(ProbeCandidate::isBuiltIn));
    if (probe.isPresent()) {
      return probe;
    }
    return candidates.stream()
        .filter(ProbeCandidate::healthCheck)
        .filter(c -> c.className().equals(entry) || c.simpleClassName().equals(entry))
        .findFirst()
        .map(c -> ProbeCandidate.bean(entry, c.bean(), true));
  }

  private String explain(String entry) {
    if (!ProbeNames.isValid(entry)) {
      return "'" + entry + "' is not a probe name (letters, digits, '-', '_' and '.')";
    }
    if (classExists(entry)) {
      return "class "
          + entry
          + " is not a probe: a probe is a CDI bean implementing io.djk8s.ReadinessProbe, or a"
          + " MicroProfile @Readiness HealthCheck bean";
    }
    return "unknown probe '" + entry + "'; known probes: " + knownNames();
  }

  private String knownNames() {
    return candidates.stream()
        .filter(c -> !c.healthCheck())
        .map(ProbeCandidate::name)
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private List<String> duplicateNames() {
    Map<String, List<ProbeCandidate>> byName = new TreeMap<>();
    for (ProbeCandidate candidate : candidates) {
      if (!candidate.healthCheck()) {
        byName.computeIfAbsent(candidate.name(), n -> new ArrayList<>()).add(candidate);
      }
    }
    List<String> problems = new ArrayList<>();
    byName.forEach(
        (name, classes) -> {
          if (classes.stream().anyMatch(type -> !type.isBuiltIn())) {
            classes.removeIf(ProbeCandidate::isBuiltIn); // the application's probe replaces ours
          }
          if (classes.size() > 1) {
            problems.add(
                Djk8sKeys.READINESS_PROBES
                    + ": several probe beans are named '"
                    + name
                    + "': "
                    + classes.stream().map(ProbeCandidate::className).toList()
                    + "; give each a distinct @ProbeName");
          }
        });
    return problems;
  }

  private static boolean classExists(String name) {
    try {
      Class.forName(name, false, Thread.currentThread().getContextClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      return false;
    }
  }
}
