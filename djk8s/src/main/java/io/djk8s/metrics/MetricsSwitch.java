package io.djk8s.metrics;

import io.djk8s.metrics.micrometer.MicrometerSink;
import io.djk8s.metrics.mpmetrics.MicroProfileMetricsSink;
import io.djk8s.metrics.spi.MetricsSink;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the metrics APIs optional, as {@code HealthBridgeSwitch} does for MicroProfile Health: a
 * sink class is touched only after its API was found on the classpath.
 */
final class MetricsSwitch {

  static final String MICROMETER = "io.micrometer.core.instrument.MeterRegistry";
  static final String MICROPROFILE = "org.eclipse.microprofile.metrics.MetricRegistry";

  private MetricsSwitch() {}

  static List<MetricsSink> sinks(BeanManager beanManager) {
    List<MetricsSink> sinks = new ArrayList<>();
    if (present(MICROPROFILE)) {
      MicroProfileMetricsSink.of(beanManager).ifPresent(sinks::add);
    }
    if (present(MICROMETER)) {
      sinks.add(MicrometerSink.of(beanManager));
    }
    return sinks;
  }

  static boolean present(String className) {
    try {
      Class.forName(className, false, MetricsSwitch.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
