package io.djk8s.core.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outcomes of one run of a probe list, in configured order.
 *
 * @param outcomes one per probe run
 * @param optional the names of the optional probes among them: reported, but never deciding whether
 *     the report is ready
 */
public record ProbeReport(List<ProbeOutcome> outcomes, Set<String> optional) {

  /** Copies the outcome list and the names. */
  public ProbeReport {
    outcomes = List.copyOf(outcomes);
    optional = Set.copyOf(optional);
  }

  /**
   * A report without optional probes.
   *
   * @param outcomes one per probe run
   */
  public ProbeReport(List<ProbeOutcome> outcomes) {
    this(outcomes, Set.of());
  }

  /**
   * Whether every probe that is not optional was ready; an empty report is ready.
   *
   * @return {@code true} when no required outcome failed
   */
  public boolean ready() {
    return firstFailure().isEmpty();
  }

  /**
   * The first failing outcome of a probe that is not optional, in configured order, which decides
   * the HTTP answer.
   *
   * @return the first failure, or empty when ready
   */
  public Optional<ProbeOutcome> firstFailure() {
    return outcomes.stream()
        .filter(outcome -> !outcome.ready() && !optional.contains(outcome.name()))
        .findFirst();
  }

  /**
   * Whether an outcome is an optional probe's.
   *
   * @param name the probe's name
   * @return {@code true} when the probe is optional
   */
  public boolean isOptional(String name) {
    return optional.contains(name);
  }
}
