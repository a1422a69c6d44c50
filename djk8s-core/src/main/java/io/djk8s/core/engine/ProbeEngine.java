package io.djk8s.core.engine;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeOrigin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs probes in parallel on a small dedicated executor, each under a deadline, single-flight.
 *
 * <ul>
 *   <li>All probes of a request start at once; the answer takes about as long as the slowest, never
 *       longer than the deadline.
 *   <li>A probe that overruns is reported {@code <name>: timed out after N ms}; the answer goes out
 *       on time.
 *   <li>While a probe's run is in flight, other callers share it instead of starting another; a run
 *       stuck for twice the deadline is interrupted once.
 *   <li>Anything a probe throws becomes a not-ready outcome, never an exception to the caller.
 * </ul>
 */
public final class ProbeEngine implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final Duration timeout;
  private final ExecutorService executor;
  private final Ticker ticker;
  private final SingleFlight flights = new SingleFlight();
  private final TransitionLog transitions = new TransitionLog();
  private final List<Consumer<ProbeOutcome>> listeners = new CopyOnWriteArrayList<>();

  /**
   * Creates an engine with its own executor.
   *
   * @param timeout the deadline of every probe run
   * @param threads how many probes may run at once; at least the number of distinct probes
   */
  public ProbeEngine(Duration timeout, int threads) {
    this(timeout, threads, Ticker.SYSTEM);
  }

  /**
   * An engine on a clock of its own.
   *
   * @param timeout the deadline of each run
   * @param threads the most probes that run at once
   * @param ticker the clock deadlines and reuse are measured on
   */
  public ProbeEngine(Duration timeout, int threads, Ticker ticker) {
    this.timeout = timeout;
    this.executor = ProbeThreads.executor(threads);
    this.ticker = ticker;
  }

  /**
   * The deadline of each run.
   *
   * @return a positive duration
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Adds a listener told of every finished probe run (once per run, on the probe's thread) and of
   * every deadline a caller saw pass ({@link ProbeOutcome.Kind#TIMED_OUT}, once per waiting
   * caller). A listener must be quick; what it throws is logged and ignored.
   *
   * @param listener the listener
   */
  public void addListener(Consumer<ProbeOutcome> listener) {
    listeners.add(listener);
  }

  private void notifyListeners(ProbeOutcome outcome) {
    for (Consumer<ProbeOutcome> listener : listeners) {
      try {
        listener.accept(outcome);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "djk8s: a probe listener failed", e);
      }
    }
  }

  /**
   * Tells the engine that a probe's state has changed: no earlier run, finished or in flight, is
   * reused after the change, and a run in flight when it changed publishes no transition.
   *
   * @param name the probe's name
   */
  public void invalidate(String name) {
    flights.forget(name);
  }

  /**
   * Runs the probes and waits for all of them, at most until the deadline.
   *
   * @param probes the probes, in configured order
   * @param origin who asks
   * @param reuse how long a finished run may be reused; {@link Duration#ZERO} for in-flight only
   * @return one outcome per probe, in the same order
   */
  public ProbeReport run(List<NamedProbe> probes, ProbeOrigin origin, Duration reuse) {
    long start = ticker.nanoTime();
    long deadline = start + timeout.toNanos();
    List<Flight> started = start(probes, origin, reuse);
    List<ProbeOutcome> outcomes = new ArrayList<>(started.size());
    for (Flight flight : started) {
      outcomes.add(await(flight, start, deadline));
    }
    return new ProbeReport(outcomes);
  }

  /**
   * Starts (or joins) runs of the probes without waiting for them.
   *
   * @param probes the probes
   * @param origin who asks
   * @param reuse how long a finished run may be reused
   */
  public void prefetch(List<NamedProbe> probes, ProbeOrigin origin, Duration reuse) {
    start(probes, origin, reuse);
  }

  private List<Flight> start(List<NamedProbe> probes, ProbeOrigin origin, Duration reuse) {
    List<Flight> started = new ArrayList<>(probes.size());
    for (NamedProbe probe : probes) {
      started.add(
          flights.join(
              probe.name(), ticker.nanoTime(), reuse.toNanos(), name -> launch(probe, origin)));
    }
    return started;
  }

  private Flight launch(NamedProbe probe, ProbeOrigin origin) {
    Flight flight = new Flight(probe.name(), ticker.nanoTime());
    // The deadline starts now, not when a busy executor gets round to the probe, so that a probe
    // that answers by ProbeContext.deadline() answers before the engine stops waiting.
    ProbeContext context = ProbeContext.startingNow(timeout, origin, ticker::nanoTime);
    try {
      executor.execute(() -> execute(probe, context, flight));
    } catch (RejectedExecutionException e) {
      flight.finished(ProbeOutcome.failed(probe.name(), e, Duration.ZERO), ticker.nanoTime());
    }
    return flight;
  }

  private void execute(NamedProbe probe, ProbeContext context, Flight flight) {
    flight.running(Thread.currentThread());
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
      Thread.interrupted();
    }
    if (!flight.superseded()) {
      // A run invalidated while in flight (markNotReady, the drain) answers the requests that
      // joined it, but its result is no transition: it was measured before the state changed.
      transitions.observe(outcome);
      notifyListeners(outcome);
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

  private ProbeOutcome await(Flight flight, long start, long deadline) {
    try {
      return flight.result.get(Math.max(0, deadline - ticker.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      ProbeOutcome outcome = ProbeOutcome.timedOut(flight.name, timeout, since(start));
      transitions.observe(outcome);
      notifyListeners(outcome);
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

  /** Stops the executor; runs in flight are interrupted. */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
