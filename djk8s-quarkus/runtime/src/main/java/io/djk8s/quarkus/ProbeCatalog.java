package io.djk8s.quarkus;

import io.djk8s.ReadinessProbe;
import io.djk8s.core.builtin.BuiltInProbe;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeNames;
import io.djk8s.core.probes.BuiltInProbes;
import io.djk8s.core.settings.Djk8sSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves the configured probe lists to probes: first the application's probe beans (by name, or
 * bean class name), then the built-ins of {@link BuiltInProbes}; so an application probe named like
 * a built-in replaces it. Adds the lifecycle probes every application gets ({@code deployment}
 * first in startup, {@code manual} and {@code shutdown} last in readiness) unless listed. Collects
 * every problem, each naming the key and the value.
 */
final class ProbeCatalog {

  /** An application's probe bean: its name, bean class and the (lazy) instance. */
  record Candidate(String name, String className, ReadinessProbe probe) {}

  private final Map<String, Candidate> byName = new LinkedHashMap<>();
  private final Map<String, Candidate> lifecycle = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  ProbeCatalog(List<Candidate> application, List<Candidate> lifecycleProbes) {
    for (Candidate candidate : application) {
      Candidate before = byName.putIfAbsent(candidate.name(), candidate);
      if (before != null) {
        problems.add(
            "djk8s.readiness.probes: several probe beans are named '"
                + candidate.name()
                + "': ["
                + before.className()
                + ", "
                + candidate.className()
                + "]; give each a distinct @ProbeName");
      }
    }
    lifecycleProbes.forEach(c -> lifecycle.put(c.name(), c));
  }

  /** The resolved probes of every group, with the built-ins chosen (to validate and build). */
  record Resolved(Map<ProbeGroup, List<Entry>> groups, List<String> problems) {}

  /** One resolved entry: an application or lifecycle bean, or a built-in to build. */
  record Entry(String name, Optional<ReadinessProbe> bean, Optional<BuiltInProbe> builtIn) {}

  Resolved resolve(Djk8sSettings settings) {
    Map<ProbeGroup, List<Entry>> groups = new LinkedHashMap<>();
    List<String> found = new ArrayList<>(problems);
    for (ProbeGroup group : ProbeGroup.values()) {
      List<String> entries = group.configured(settings);
      List<Entry> resolved = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (String entry : entries) {
        Optional<Entry> match = find(entry);
        String listed = group.key() + "='" + String.join(",", entries) + "': ";
        if (match.isEmpty()) {
          found.add(listed + explain(entry));
        } else if (!seen.add(match.get().name())) {
          found.add(listed + "probe '" + match.get().name() + "' is listed twice");
        } else {
          resolved.add(match.get());
        }
      }
      groups.put(group, complete(group, resolved));
    }
    return new Resolved(groups, found);
  }

  private Optional<Entry> find(String entry) {
    String name = ProbeNames.withoutUpstreamAlias(entry);
    Function<Candidate, Entry> bean =
        c -> new Entry(c.name(), Optional.of(c.probe()), Optional.empty());
    for (Map<String, Candidate> beans : List.of(byName, lifecycle)) {
      for (Candidate candidate : beans.values()) {
        if (candidate.name().equals(name) || candidate.className().equals(entry)) {
          return Optional.of(bean.apply(candidate));
        }
      }
    }
    return BuiltInProbes.named(name)
        .or(() -> BuiltInProbes.named(entry))
        .map(b -> new Entry(b.name(), Optional.empty(), Optional.of(b)));
  }

  private List<Entry> complete(ProbeGroup group, List<Entry> resolved) {
    List<Entry> probes = new ArrayList<>(resolved);
    List<String> implicit =
        switch (group) {
          case STARTUP -> List.of(LifecycleProbes.DEPLOYMENT);
          case READINESS -> List.of(LifecycleProbes.MANUAL, LifecycleProbes.SHUTDOWN);
          case LIVENESS -> List.of(); // liveness must not depend on lifecycle state
        };
    for (String name : implicit) {
      Candidate candidate = lifecycle.get(name);
      if (candidate != null && probes.stream().noneMatch(p -> p.name().equals(name))) {
        Entry entry = new Entry(name, Optional.of(candidate.probe()), Optional.empty());
        if (group == ProbeGroup.STARTUP) {
          probes.add(0, entry);
        } else {
          probes.add(entry);
        }
      }
    }
    return List.copyOf(probes);
  }

  private String explain(String entry) {
    if (!ProbeNames.isValid(entry)) {
      return "'" + entry + "' is not a probe name (letters, digits, '-', '_' and '.')";
    }
    List<String> known = new ArrayList<>(byName.keySet());
    known.addAll(lifecycle.keySet());
    BuiltInProbes.ALL.forEach(b -> known.add(b.name()));
    return "unknown probe '"
        + entry
        + "'; a probe is a CDI bean implementing io.djk8s.ReadinessProbe; known probes: "
        + String.join(", ", known.stream().distinct().sorted().toList());
  }

  static NamedProbe named(Entry entry, ReadinessProbe probe) {
    return new NamedProbe(entry.name(), probe);
  }
}
