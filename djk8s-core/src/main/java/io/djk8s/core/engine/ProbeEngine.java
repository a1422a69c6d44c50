package io.djk8s.core.engine;

import io.djk8s.ProbeOrigin;
import io.djk8s.core.policy.ProbePolicies;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
 *       stuck for twice the deadline is interrupted once, and one that still does not end is left
 *       to its thread after 30 s ({@link io.djk8s.core.policy.StuckRuns}) and the next caller
 *       starts another.
 *   <li>Anything a probe throws becomes a not-ready outcome, never an exception to the caller.
 * </ul>
 */
public final class ProbeEngine implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final ProbePolicies policies;
  private final ProbeThreads executor;
  private final Ticker ticker;
  private final SingleFlight flights;
  private final TransitionLog transitions = new TransitionLog();
  private final List<Consumer<ProbeOutcome>> listeners = new CopyOnWriteArrayList<>();
  private final BackgroundRefresher refresher;
  private final FlightRunner runner;

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
    this(ProbePolicies.uniform(timeout, Duration.ZERO), threads, ticker, RefreshScheduler::daemon);
  }

  /**
   * An engine that runs each probe by its own policy: its deadline, its reuse windows, whether it
   * is optional and whether it is refreshed in the background ({@link #startBackground}).
   *
   * @param policies each probe's policy
   * @param threads the most probes that run at once
   * @param ticker the clock deadlines, reuse and staleness are measured on
   * @param scheduler where background refreshes are scheduled; created only if a probe needs it
   */
  public ProbeEngine(
      ProbePolicies policies, int threads, Ticker ticker, Supplier<RefreshScheduler> scheduler) {
    this.policies = policies;
    this.executor = new ProbeThreads(threads);
    this.flights = new SingleFlight(left -> executor.lendUntil(left.result));
    this.ticker = ticker;
    this.runner = new FlightRunner(policies, executor, ticker, this::publish);
    this.refresher =
        new BackgroundRefresher(
            policies, LazyScheduler.of(scheduler), ticker, this::refresh, this::publishTimeout);
  }

  /**
   * The default deadline of a run; a probe may have its own ({@link #policies()}).
   *
   * @return a positive duration
   */
  public Duration timeout() {
    return policies.defaults().timeout();
  }

  /**
   * The policy of each probe.
   *
   * @return the policies
   */
  public ProbePolicies policies() {
    return policies;
  }

  /**
   * Starts refreshing, now and then every interval, the probes among these whose policy sets an
   * interval. Requests then read their latest result instead of running them.
   *
   * @param probes every probe the engine may be asked for
   */
  public void startBackground(List<NamedProbe> probes) {
    refresher.start(probes);
  }

  /**
   * Whether every background probe has its first result: the startup gate waits for it.
   *
   * @return {@code true} when there is none or each has a result
   */
  public boolean backgroundPrimed() {
    return refresher.primed();
  }

  /**
   * Waits, at most this long, until every background probe has its first result.
   *
   * @param atMost the longest wait
   * @return the names of the background probes still without a result, empty when all have one
   */
  public List<String> awaitBackground(Duration atMost) {
    try {
      refresher.whenPrimed().get(atMost.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      // reported below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
    return refresher.waiting();
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
    refresher.refreshNow(name);
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
    List<Flight> started = start(probes, origin, reuse);
    List<ProbeOutcome> outcomes = new ArrayList<>(started.size());
    for (int i = 0; i < probes.size(); i++) {
      String name = probes.get(i).name();
      Flight flight = started.get(i);
      // each probe by its own deadline: the request waits for the largest, not the sum
      Duration timeout = policies.of(name).timeout();
      outcomes.add(
          flight == null
              ? refresher.read(name)
              : runner.await(flight, timeout, start, start + timeout.toNanos()));
    }
    return report(outcomes);
  }

  private ProbeReport report(List<ProbeOutcome> outcomes) {
    Set<String> optional = new HashSet<>();
    for (ProbeOutcome outcome : outcomes) {
      if (policies.of(outcome.name()).optional()) {
        optional.add(outcome.name());
      }
    }
    return new ProbeReport(outcomes, optional);
  }

  /**
   * The outcomes a {@link #run} with the same reuse window would give from finished runs alone,
   * when there is one for every probe; never starts a run and never waits.
   *
   * @param probes the probes, in configured order
   * @param reuse how long a finished run may be reused
   * @return one outcome per probe, in the same order, or empty when any probe would have to run
   */
  public Optional<ProbeReport> reused(List<NamedProbe> probes, Duration reuse) {
    long now = ticker.nanoTime();
    List<ProbeOutcome> outcomes = new ArrayList<>(probes.size());
    for (NamedProbe probe : probes) {
      if (refresher.handles(probe.name())) {
        outcomes.add(refresher.read(probe.name()));
        continue;
      }
      Optional<ProbeOutcome> outcome = flights.finished(probe.name(), now, reuse.toNanos());
      if (outcome.isEmpty()) {
        return Optional.empty();
      }
      outcomes.add(outcome.get());
    }
    return Optional.of(report(outcomes));
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
      // a background probe is never run by a request: it answers from its latest result
      started.add(
          refresher.handles(probe.name())
              ? null
              : flights.join(
                  probe.name(),
                  ticker.nanoTime(),
                  reuse.toNanos(),
                  policies.of(probe.name()).timeout(),
                  name -> launch(probe, origin)));
    }
    return started;
  }

  /** A background refresh: joins a run in flight, else starts one, never reusing a finished one. */
  private Flight refresh(NamedProbe probe) {
    return flights.join(
        probe.name(),
        ticker.nanoTime(),
        0,
        policies.of(probe.name()).timeout(),
        name -> runner.launch(probe, ProbeOrigin.BACKGROUND, false));
  }

  private Flight launch(NamedProbe probe, ProbeOrigin origin) {
    return runner.launch(probe, origin, true);
  }

  private void publish(ProbeOutcome outcome) {
    transitions.observe(outcome, policies.of(outcome.name()).optional());
    notifyListeners(outcome);
  }

  private void publishTimeout(ProbeOutcome outcome) {
    publish(outcome);
  }

  /** How many stuck runs of a probe are left running on their threads (for tests). */
  int leftRunning(String name) {
    return flights.leftRunning(name);
  }

  /** The most probe threads that may run now, with those lent to left runs (for tests). */
  int threads() {
    return executor.size();
  }

  /** Stops background refresh and the executor; runs in flight are interrupted. */
  @Override
  public void close() {
    refresher.close();
    executor.shutdownNow();
  }
}
