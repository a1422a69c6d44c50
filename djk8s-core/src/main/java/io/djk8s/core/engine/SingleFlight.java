package io.djk8s.core.engine;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * At most one run per probe at a time: callers that arrive while a run is in flight (or, with a
 * reuse window, shortly after it finished) share it. A hung dependency therefore holds one thread
 * per probe, however many requests arrive.
 */
final class SingleFlight {

  private final ConcurrentMap<String, Flight> flights = new ConcurrentHashMap<>();

  /**
   * Joins the current flight of a probe or starts a new one.
   *
   * @param name the probe's name
   * @param reuseNanos how long a finished run may be reused; 0 for in-flight sharing only
   * @param starter starts a new flight
   * @return the flight to wait for
   */
  Flight join(String name, long now, long reuseNanos, Function<String, Flight> starter) {
    return flights.compute(
        name,
        (key, current) ->
            current != null && current.reusable(now, reuseNanos) ? current : starter.apply(key));
  }

  /**
   * The finished result of a probe's current run, when a caller arriving at {@code now} would reuse
   * it; never starts or waits for a run. A forgotten run is never returned.
   *
   * @param name the probe's name
   * @param reuseNanos how long a finished run may be reused
   * @return the outcome, or empty when a new run (or the one in flight) would be needed
   */
  Optional<ProbeOutcome> finished(String name, long now, long reuseNanos) {
    Flight current = flights.get(name);
    return current == null ? Optional.empty() : current.finishedResult(now, reuseNanos);
  }

  /**
   * Drops the run of a probe so that the next caller starts a new one. A run still in flight is
   * marked superseded: the requests that joined it get its answer, but its result is not published
   * as a transition, since it was measured before the change.
   *
   * @param name the probe's name
   */
  void forget(String name) {
    flights.computeIfPresent(
        name,
        (key, current) -> {
          current.supersede();
          return null;
        });
  }
}
