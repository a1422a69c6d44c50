package io.djk8s.core.engine;

import io.djk8s.ReadinessChanged;
import io.djk8s.ReadinessState;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives the application's readiness as a whole from the latest outcome of each readiness probe:
 * not ready as soon as one is not ready, ready once every one has been seen ready, unknown before.
 * Not thread-safe: the caller serializes.
 */
public final class ReadinessTracker {

  private final List<String> probes;
  private final Map<String, ProbeOutcome> latest = new HashMap<>();
  private ReadinessState state = ReadinessState.UNKNOWN;

  /**
   * Creates a tracker.
   *
   * @param probes the names of the readiness probes, in configured order
   */
  public ReadinessTracker(List<String> probes) {
    this.probes = List.copyOf(probes);
  }

  /**
   * Records an outcome.
   *
   * @param outcome the latest outcome of one probe; outcomes of other groups are ignored
   * @return the change of the overall state, if this outcome changed it
   */
  public Optional<ReadinessChanged> observe(ProbeOutcome outcome) {
    if (!probes.contains(outcome.name())) {
      return Optional.empty();
    }
    latest.put(outcome.name(), outcome);
    Map<String, String> failing = new LinkedHashMap<>();
    for (String name : probes) {
      ProbeOutcome last = latest.get(name);
      if (last != null && !last.ready()) {
        failing.put(name, last.detail());
      }
    }
    ReadinessState now;
    if (!failing.isEmpty()) {
      now = ReadinessState.NOT_READY;
    } else if (latest.keySet().containsAll(probes)) {
      now = ReadinessState.READY;
    } else {
      now = ReadinessState.UNKNOWN;
    }
    if (now == state) {
      return Optional.empty();
    }
    ReadinessState before = state;
    state = now;
    return Optional.of(new ReadinessChanged(before, now, failing));
  }

  public ReadinessState state() {
    return state;
  }
}
