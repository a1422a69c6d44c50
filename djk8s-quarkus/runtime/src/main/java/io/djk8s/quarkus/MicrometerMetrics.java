package io.djk8s.quarkus;

import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeOutcome;
import io.djk8s.core.engine.ProbeService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The probe metrics on Micrometer, with the names and tags of the other runtimes: the gauge {@code
 * djk8s.probe.status} (1 ready, 0 not) and the timer {@code djk8s.probe.duration}, tagged {@code
 * probe}. Uses Quarkus's {@code MeterRegistry} bean, else Micrometer's global registry.
 */
final class MicrometerMetrics {

  static final String STATUS = "djk8s.probe.status";
  static final String DURATION = "djk8s.probe.duration";
  static final String PROBE_TAG = "probe";

  private MicrometerMetrics() {}

  static void attach(ProbeService service) {
    InstanceHandle<MeterRegistry> bean = Arc.container().instance(MeterRegistry.class);
    MeterRegistry registry = bean.isAvailable() ? bean.get() : Metrics.globalRegistry;
    Set<String> names = new LinkedHashSet<>();
    for (ProbeGroup group : ProbeGroup.values()) {
      service.probes(group).stream().map(NamedProbe::name).forEach(names::add);
    }
    Map<String, Double> status = new ConcurrentHashMap<>();
    for (String probe : names) {
      Gauge.builder(STATUS, () -> status.getOrDefault(probe, Double.NaN))
          .strongReference(true)
          .tag(PROBE_TAG, probe)
          .description("1 when the probe's latest run was ready, 0 when not")
          .register(registry);
    }
    service.addListener(
        outcome -> {
          if (!names.contains(outcome.name())) {
            return;
          }
          status.put(outcome.name(), outcome.ready() ? 1.0 : 0.0);
          if (outcome.kind() != ProbeOutcome.Kind.TIMED_OUT) {
            Timer.builder(DURATION)
                .tag(PROBE_TAG, outcome.name())
                .description("How long each run of the probe took")
                .register(registry)
                .record(outcome.elapsed());
          }
        });
  }
}
