package io.djk8s.core.engine;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeOrigin;
import io.djk8s.core.policy.ProbePolicies;
import io.djk8s.core.policy.ProbePolicy;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Runs one flight of one probe and waits for it. Whatever the probe does, its flight ends with an
 * outcome: a probe's bug answers 503, never 500, and never leaves a run that later callers join
 * forever. The outcome is published unless the flight was superseded while in flight.
 */
final class FlightRunner {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final ProbePolicies policies;
  private final ProbeThreads executor;
  private final Ticker ticker;
  private final Consumer<ProbeOutcome> publish;

  /**
   * A runner on the engine's pool and clock.
   *
   * @param policies each probe's deadline and reuse windows
   * @param executor the probe pool
   * @param ticker the clock
   * @param publish told of each finished run and each timeout a caller saw
   */
  FlightRunner(
      ProbePolicies policies,
      ProbeThreads executor,
      Ticker ticker,
      Consumer<ProbeOutcome> publish) {
    this.policies = policies;
    this.executor = executor;
    this.ticker = ticker;
    this.publish = publish;
  }

  /**
   * Starts a run of a probe: on the pool, or at once on the caller's thread for an {@link
   * InstantProbe}.
   *
   * @param probe the probe
   * @param origin who asks
   * @param reusable whether its result may be reused by the probe's reuse windows
   * @return the flight, finished already for an instant probe
   */
  Flight launch(NamedProbe probe, ProbeOrigin origin, boolean reusable) {
    ProbePolicy policy = policies.of(probe.name());
    Duration timeout = policy.timeout();
    Flight flight =
        reusable
            ? new Flight(
                probe.name(), ticker.nanoTime(), policy.cacheTtl(), policy.failureCacheTtl())
            : new Flight(probe.name(), ticker.nanoTime());
    // The deadline starts now, not when a busy executor gets round to the probe, so that a probe
    // that answers by ProbeContext.deadline() answers before the engine stops waiting.
    ProbeContext context = ProbeContext.startingNow(timeout, origin, ticker::nanoTime);
    if (probe.probe() instanceof InstantProbe) {
      runInline(probe, context, flight);
      return flight;
    }
    try {
      executor.execute(() -> execute(probe, context, flight));
    } catch (RejectedExecutionException e) {
      flight.finished(ProbeOutcome.failed(probe.name(), e, Duration.ZERO), ticker.nanoTime());
    }
    return flight;
  }

  private void execute(NamedProbe probe, ProbeContext context, Flight flight) {
    flight.running(Thread.currentThread());
    ProbeOutcome outcome;
    try {
      outcome = finish(probe, context, flight);
    } finally {
      Thread.interrupted();
    }
    publishUnlessSuperseded(flight, outcome);
  }

  /** An {@link InstantProbe} on the caller's thread: never interrupted, the caller's flag kept. */
  private void runInline(NamedProbe probe, ProbeContext context, Flight flight) {
    publishUnlessSuperseded(flight, finish(probe, context, flight));
  }

  /** Runs the probe and ends its flight with the outcome. */
  private ProbeOutcome finish(NamedProbe probe, ProbeContext context, Flight flight) {
    ProbeOutcome outcome = null;
    try {
      outcome = outcome(probe, context, flight);
    } finally {
      // Whatever the probe did (an exception whose toString() throws, an Error), the run ends
      // here, so no later request joins a run that never finishes.
      if (outcome == null) {
        outcome = ProbeOutcome.failedQuietly(probe.name(), since(flight.startedNanos));
      }
      flight.finished(outcome, ticker.nanoTime());
    }
    return outcome;
  }

  private void publishUnlessSuperseded(Flight flight, ProbeOutcome outcome) {
    if (!flight.superseded()) {
      // A run invalidated while in flight (markNotReady, the drain) answers the requests that
      // joined it, but its result is no transition: it was measured before the state changed.
      publish.accept(outcome);
    }
  }

  private ProbeOutcome outcome(NamedProbe probe, ProbeContext context, Flight flight) {
    try {
      probe.probe().ready(context);
      return ProbeOutcome.ready(probe.name(), since(flight.startedNanos), note(probe));
    } catch (NotReady notReady) {
      return ProbeOutcome.notReady(probe.name(), notReady, since(flight.startedNanos));
    } catch (Throwable unexpected) { // a probe's bug must answer 503, never 500 or hang
      return ProbeOutcome.failed(probe.name(), unexpected, since(flight.startedNanos));
    }
  }

  private static String note(NamedProbe probe) {
    return probe.probe() instanceof ReadyNote note ? note.readyNote() : "";
  }

  /**
   * Waits for a flight until the deadline; a flight that overruns is reported and published as
   * timed out, and interrupted once when it has been running for twice its deadline.
   *
   * @param flight the flight
   * @param timeout the probe's deadline, for the answer's text
   * @param start when the caller started waiting, by the ticker
   * @param deadline when to stop waiting, by the ticker
   * @return the flight's outcome, or a timeout
   */
  ProbeOutcome await(Flight flight, Duration timeout, long start, long deadline) {
    try {
      return flight.result.get(Math.max(0, deadline - ticker.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      ProbeOutcome outcome = ProbeOutcome.timedOut(flight.name, timeout, since(start));
      publish.accept(outcome);
      long stuckNanos = ticker.nanoTime() - flight.startedNanos;
      if (stuckNanos > 2 * timeout.toNanos() && flight.interruptOnce()) {
        LOG.warning(
            () ->
                "djk8s: probe '"
                    + flight.name
                    + "' still running after "
                    + TimeUnit.NANOSECONDS.toMillis(stuckNanos)
                    + " ms, past its deadline; interrupting it. A probe should bound its I/O by"
                    + " ProbeContext.remaining().");
      }
      return outcome;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ProbeOutcome.timedOut(flight.name, timeout, since(start));
    } catch (ExecutionException e) {
      return ProbeOutcome.failed(flight.name, e.getCause(), since(start));
    }
  }

  private Duration since(long startNanos) {
    return Duration.ofNanos(ticker.nanoTime() - startNanos);
  }
}
