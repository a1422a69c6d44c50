package io.djk8s.metrics.micrometer;

import io.djk8s.metrics.spi.MetricsSink;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Probe metrics in Micrometer: the application's {@code MeterRegistry} bean if it has one, else
 * Micrometer's global registry. Loaded only when Micrometer is on the classpath.
 */
public final class MicrometerSink implements MetricsSink {

  private final MeterRegistry registry;

  public MicrometerSink(MeterRegistry registry) {
    this.registry = registry;
  }

  public static MicrometerSink of(BeanManager beanManager) {
    Instance<MeterRegistry> bean = beanManager.createInstance().select(MeterRegistry.class);
    return new MicrometerSink(bean.isResolvable() ? bean.get() : Metrics.globalRegistry);
  }

  @Override
  public void gauge(String probe, DoubleSupplier status) {
    Gauge.builder(STATUS, status, DoubleSupplier::getAsDouble)
        .strongReference(true)
        .tag(PROBE_TAG, probe)
        .description("1 when the probe's latest run was ready, 0 when not")
        .register(registry);
  }

  @Override
  public void time(String probe, Duration elapsed) {
    Timer.builder(DURATION)
        .tag(PROBE_TAG, probe)
        .description("How long each run of the probe took")
        .register(registry)
        .record(elapsed);
  }
}
