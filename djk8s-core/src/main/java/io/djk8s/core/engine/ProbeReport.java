package io.djk8s.core.engine;

import java.util.List;
import java.util.Optional;

/**
 * The outcomes of one run of a probe list, in configured order.
 *
 * @param outcomes one per probe run
 */
public record ProbeReport(List<ProbeOutcome> outcomes) {

  /** Copies the outcome list. */
  public ProbeReport {
    outcomes = List.copyOf(outcomes);
  }

  /**
   * Whether every probe was ready; an empty report is ready.
   *
   * @return {@code true} when no outcome failed
   */
  public boolean ready() {
    return firstFailure().isEmpty();
  }

  /**
   * The first failing outcome in configured order, which decides the HTTP answer.
   *
   * @return the first failure, or empty when ready
   */
  public Optional<ProbeOutcome> firstFailure() {
    return outcomes.stream().filter(outcome -> !outcome.ready()).findFirst();
  }
}
