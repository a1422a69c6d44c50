package io.djk8s.core.engine;

import io.djk8s.core.policy.StuckRuns;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * At most one run per probe at a time: callers that arrive while a run is in flight (or, with a
 * reuse window, shortly after it finished) share it. A hung dependency therefore holds one thread
 * per probe, however many requests arrive; a run that never ends is left to its thread by the rule
 * of {@link StuckRuns}, so that the probe can be ready again once its dependency is.
 */
final class SingleFlight {

  private final ConcurrentMap<String, Flight> flights = new ConcurrentHashMap<>();
  private final StuckRuns stuck = new StuckRuns();
  private final Consumer<Flight> onLeave;

  /**
   * Single-flight runs.
   *
   * @param onLeave told of each stuck run left to its thread, before its replacement starts
   */
  SingleFlight(Consumer<Flight> onLeave) {
    this.onLeave = onLeave;
  }

  /**
   * Joins the current flight of a probe or starts a new one.
   *
   * @param name the probe's name
   * @param reuseNanos how long a finished run may be reused; 0 for in-flight sharing only
   * @param deadline the probe's deadline, which tells when a run in flight is stuck
   * @param starter starts a new flight
   * @return the flight to wait for
   */
  Flight join(
      String name, long now, long reuseNanos, Duration deadline, Function<String, Flight> starter) {
    return flights.compute(
        name,
        (key, current) ->
            current != null
                    && current.reusable(now, reuseNanos)
                    && !leftStuck(key, current, now, deadline)
                ? current
                : starter.apply(key));
  }

  /** Leaves a stuck run to its thread: its callers keep it, its late result is no transition. */
  private boolean leftStuck(String name, Flight current, long now, Duration deadline) {
    if (current.result.isDone()
        || !stuck.leave(
            name, now - current.startedNanos, deadline, current.result, "probe '" + name + "'")) {
      return false;
    }
    current.supersede();
    onLeave.accept(current);
    return true;
  }

  /**
   * How many stuck runs of a probe are left running on their threads.
   *
   * @param name the probe's name
   * @return the count
   */
  int leftRunning(String name) {
    return stuck.leftRunning(name);
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
