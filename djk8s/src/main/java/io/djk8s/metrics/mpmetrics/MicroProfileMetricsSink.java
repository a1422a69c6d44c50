package io.djk8s.metrics.mpmetrics;

import io.djk8s.metrics.spi.MetricsSink;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Probe metrics in MicroProfile Metrics' application registry. Loaded only when the MicroProfile
 * Metrics API is on the classpath.
 */
public final class MicroProfileMetricsSink implements MetricsSink {

  private final MetricRegistry registry;

  public MicroProfileMetricsSink(MetricRegistry registry) {
    this.registry = registry;
  }

  public static Optional<MetricsSink> of(BeanManager beanManager) {
    Instance<MetricRegistry> bean = beanManager.createInstance().select(MetricRegistry.class);
    return bean.isResolvable()
        ? Optional.of(new MicroProfileMetricsSink(bean.get()))
        : Optional.empty();
  }

  @Override
  public void gauge(String probe, DoubleSupplier status) {
    registry.gauge(STATUS, status::getAsDouble, new Tag(PROBE_TAG, probe));
  }

  @Override
  public void time(String probe, Duration elapsed) {
    registry.timer(DURATION, new Tag(PROBE_TAG, probe)).update(elapsed);
  }
}
