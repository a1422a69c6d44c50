package io.djk8s.core.engine;

import io.djk8s.ProbeOrigin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The startup latch: the startup probes run until each has passed at its latest run (in one request
 * or across several, through {@code /startupz} or MicroProfile {@code @Startup}); from then on the
 * application counts as started for good and the startup probes are not run again.
 */
public final class StartupGate {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final Ticker ticker;
  private final long createdNanos;
  private final Map<String, Boolean> latest = new ConcurrentHashMap<>();
  private volatile boolean started;

  /**
   * A gate that opens once every startup probe has passed.
   *
   * @param ticker the clock the start-up time is measured on
   */
  public StartupGate(Ticker ticker) {
    this.ticker = ticker;
    this.createdNanos = ticker.nanoTime();
  }

  /**
   * Runs startup probes, or answers ready without running them once started.
   *
   * @param engine the engine
   * @param group every probe of the startup group
   * @param selected the probes asked for
   * @param origin who asks
   * @param reuse how long a finished run may be reused
   * @return the report
   */
  public ProbeReport run(
      ProbeEngine engine,
      List<NamedProbe> group,
      List<NamedProbe> selected,
      ProbeOrigin origin,
      Duration reuse) {
    if (started) {
      return Outcomes.allReady(selected);
    }
    ProbeReport report = engine.run(selected, origin, reuse);
    for (ProbeOutcome outcome : report.outcomes()) {
      latest.put(outcome.name(), outcome.ready());
    }
    if (group.stream().allMatch(p -> Boolean.TRUE.equals(latest.get(p.name())))) {
      // the background probes started with the deployment: startup waits for their first result
      List<String> waiting = engine.awaitBackground(engine.timeout());
      if (!waiting.isEmpty()) {
        return waitingFor(report, waiting);
      }
      latch(group);
    }
    return report;
  }

  private static ProbeReport waitingFor(ProbeReport report, List<String> waiting) {
    List<ProbeOutcome> outcomes = new ArrayList<>(report.outcomes());
    String message = "startup: waiting for the first result of background probes " + waiting;
    outcomes.add(ProbeOutcome.background("background", message));
    return new ProbeReport(outcomes, report.optional());
  }

  private synchronized void latch(List<NamedProbe> group) {
    if (!started) {
      started = true;
      long millis = (ticker.nanoTime() - createdNanos) / 1_000_000;
      LOG.info(
          () ->
              "djk8s: application started; startup probes "
                  + group.stream().map(NamedProbe::name).toList()
                  + " passed "
                  + millis
                  + " ms after the start of the deployment");
    }
  }

  /**
   * Whether the application has started.
   *
   * @return {@code true} for good once every startup probe has passed
   */
  public boolean started() {
    return started;
  }
}
