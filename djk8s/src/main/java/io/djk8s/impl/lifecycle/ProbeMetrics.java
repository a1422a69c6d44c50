package io.djk8s.impl.lifecycle;

import io.djk8s.impl.cdi.Djk8sRuntime;
import io.djk8s.impl.probe.NamedProbe;
import io.djk8s.impl.probe.ProbeEngine;
import io.djk8s.impl.probe.ProbeGroup;
import io.djk8s.impl.probe.ProbeOutcome;
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

  @Inject Djk8sRuntime runtime;
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
      attach(runtime.engine(), names, sinks);
      LOG.fine(() -> "djk8s: probe metrics exported for " + names);
    }
  }

  /**
   * Registers the gauges and listens to the engine.
   *
   * @param engine the engine whose runs are measured
   * @param probes the probe names
   * @param sinks where the metrics go
   */
  static void attach(ProbeEngine engine, Set<String> probes, List<MetricsSink> sinks) {
    Map<String, Double> status = new ConcurrentHashMap<>();
    for (String probe : probes) {
      for (MetricsSink sink : sinks) {
        sink.gauge(probe, () -> status.getOrDefault(probe, Double.NaN));
      }
    }
    engine.addListener(outcome -> record(outcome, probes, status, sinks));
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
