package io.djk8s.metrics;

import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeOutcome;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.metrics.spi.MetricsSink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Exports, per probe, a status gauge ({@code djk8s.probe.status}) and a duration timer ({@code
 * djk8s.probe.duration}) when MicroProfile Metrics or Micrometer is on the classpath and {@code
 * djk8s.metrics.enabled} is not {@code false}. Without either, it does nothing.
 */
@ApplicationScoped
public class ProbeMetrics {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  @Inject ProbeService runtime;
  @Inject BeanManager beanManager;

  void attach(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (!runtime.settings().metricsEnabled()) {
      return;
    }
    List<MetricsSink> sinks;
    try {
      sinks = MetricsSwitch.sinks(beanManager);
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, "djk8s: probe metrics are off; the metrics API failed", e);
      return;
    }
    if (!sinks.isEmpty()) {
      Set<String> names = new LinkedHashSet<>();
      for (ProbeGroup group : ProbeGroup.values()) {
        runtime.probes(group).stream().map(NamedProbe::name).forEach(names::add);
      }
      attach(runtime::addListener, names, sinks);
      LOG.fine(() -> "djk8s: probe metrics exported for " + names);
    }
  }

  /**
   * Registers the gauges and listens to the engine.
   *
   * @param listeners registers a listener of every probe outcome (the engine's)
   * @param probes the probe names
   * @param sinks where the metrics go
   */
  static void attach(
      Consumer<Consumer<ProbeOutcome>> listeners, Set<String> probes, List<MetricsSink> sinks) {
    Map<String, Double> status = new ConcurrentHashMap<>();
    for (String probe : probes) {
      for (MetricsSink sink : sinks) {
        sink.gauge(probe, () -> status.getOrDefault(probe, Double.NaN));
      }
    }
    listeners.accept(outcome -> record(outcome, probes, status, sinks));
  }

  private static void record(
      ProbeOutcome outcome,
      Set<String> probes,
      Map<String, Double> status,
      List<MetricsSink> sinks) {
    if (!probes.contains(outcome.name())) {
      return;
    }
    status.put(outcome.name(), outcome.ready() ? 1.0 : 0.0);
    if (outcome.kind() != ProbeOutcome.Kind.TIMED_OUT) {
      for (MetricsSink sink : sinks) {
        sink.time(outcome.name(), outcome.elapsed());
      }
    }
  }
}
