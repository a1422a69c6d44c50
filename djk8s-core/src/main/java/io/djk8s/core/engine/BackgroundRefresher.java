package io.djk8s.core.engine;

import io.djk8s.core.policy.ProbePolicies;
import io.djk8s.core.policy.ProbePolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Refreshes the probes that have an {@code interval} on the engine's probe threads, from the start
 * of the deployment: requests read the latest result and never wait on the dependency, so a probe
 * storm costs the dependency one check per interval. A run still going at its deadline is recorded
 * as timed out; a result older than the probe's {@code max-staleness} (a refresh that hangs, a
 * scheduler that stopped) counts as not ready.
 */
final class BackgroundRefresher implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  /** The latest finished (or timed-out) result of a probe, and when it was taken. */
  private record Latest(ProbeOutcome outcome, long startedNanos, long atNanos) {}

  private final ProbePolicies policies;
  private final RefreshScheduler scheduler;
  private final Ticker ticker;
  private final Function<NamedProbe, Flight> refresh;
  private final Consumer<ProbeOutcome> timedOut;
  private final Map<String, Latest> latest = new ConcurrentHashMap<>();
  private final Map<String, NamedProbe> probes = new ConcurrentHashMap<>();
  private final CompletableFuture<Void> primed = new CompletableFuture<>();
  private volatile boolean closed;

  /**
   * A refresher.
   *
   * @param policies each probe's interval, deadline and staleness bound
   * @param scheduler where the refreshes are scheduled
   * @param ticker the clock staleness is measured on
   * @param refresh starts (or joins, single-flight) a run of a probe
   * @param timedOut told of a run that passed its deadline
   */
  BackgroundRefresher(
      ProbePolicies policies,
      RefreshScheduler scheduler,
      Ticker ticker,
      Function<NamedProbe, Flight> refresh,
      Consumer<ProbeOutcome> timedOut) {
    this.policies = policies;
    this.scheduler = scheduler;
    this.ticker = ticker;
    this.refresh = refresh;
    this.timedOut = timedOut;
  }

  /** Starts refreshing the background probes among these, now. */
  void start(List<NamedProbe> all) {
    for (NamedProbe probe : all) {
      if (policies.of(probe.name()).background()
          && probes.putIfAbsent(probe.name(), probe) == null) {
        scheduler.schedule(Duration.ZERO, () -> tick(probe, true));
      }
    }
    checkPrimed();
  }

  boolean handles(String name) {
    return probes.containsKey(name);
  }

  /** Whether every background probe has a first result. */
  boolean primed() {
    return primed.isDone();
  }

  /** Completes once every background probe has a first result. */
  CompletableFuture<Void> whenPrimed() {
    return primed;
  }

  /** The names of the background probes without a first result yet. */
  List<String> waiting() {
    return probes.keySet().stream().filter(name -> !latest.containsKey(name)).sorted().toList();
  }

  /** Refreshes a probe now, out of turn, after its state changed (manual readiness, the drain). */
  void refreshNow(String name) {
    NamedProbe probe = probes.get(name);
    if (probe != null) {
      scheduler.schedule(Duration.ZERO, () -> tick(probe, false));
    }
  }

  /**
   * The latest result of a background probe, never waiting.
   *
   * @param name the probe
   * @return the result; not ready when there is none yet or it is older than the probe allows
   */
  ProbeOutcome read(String name) {
    Latest last = latest.get(name);
    if (last == null) {
      return ProbeOutcome.background(name, name + ": no background result yet");
    }
    long age = ticker.nanoTime() - last.atNanos;
    Duration maxStaleness = policies.of(name).maxStaleness();
    if (age > maxStaleness.toNanos()) {
      return ProbeOutcome.background(
          name,
          name
              + ": stale result, last refreshed "
              + Duration.ofNanos(age).toMillis()
              + " ms ago (max-staleness "
              + maxStaleness.toMillis()
              + " ms)");
    }
    return last.outcome;
  }

  private void tick(NamedProbe probe, boolean reschedule) {
    if (closed) {
      return;
    }
    ProbePolicy policy = policies.of(probe.name());
    try {
      Flight flight = refresh.apply(probe);
      flight.result.thenAccept(outcome -> record(probe.name(), flight, outcome));
      scheduler.schedule(policy.timeout(), () -> deadline(flight, policy.timeout()));
    } catch (RuntimeException e) {
      LOG.warning(() -> "djk8s: background refresh of '" + probe.name() + "' failed: " + e);
    } finally {
      if (reschedule) {
        scheduler.schedule(policy.interval(), () -> tick(probe, true));
      }
    }
  }

  private void deadline(Flight flight, Duration timeout) {
    if (closed || flight.result.isDone()) {
      return;
    }
    long stuck = ticker.nanoTime() - flight.startedNanos;
    ProbeOutcome outcome = ProbeOutcome.timedOut(flight.name, timeout, Duration.ofNanos(stuck));
    if (record(flight.name, flight, outcome)) {
      timedOut.accept(outcome);
    }
    if (stuck > 2 * timeout.toNanos() && flight.interruptOnce()) {
      LOG.warning(
          () ->
              "djk8s: background refresh of '"
                  + flight.name
                  + "' still running "
                  + Duration.ofNanos(stuck).toMillis()
                  + " ms after it started; interrupting it");
    }
  }

  /** Records a result unless a newer run's is already there; true when it was recorded. */
  private boolean record(String name, Flight flight, ProbeOutcome outcome) {
    Latest mine = new Latest(outcome, flight.startedNanos, ticker.nanoTime());
    Latest now =
        latest.merge(name, mine, (old, next) -> old.startedNanos > next.startedNanos ? old : next);
    checkPrimed();
    return now == mine;
  }

  private void checkPrimed() {
    if (!primed.isDone() && latest.keySet().containsAll(probes.keySet())) {
      primed.complete(null);
    }
  }

  @Override
  public void close() {
    closed = true;
    scheduler.close();
  }
}
