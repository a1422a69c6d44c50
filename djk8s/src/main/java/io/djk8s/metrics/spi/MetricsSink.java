package io.djk8s.metrics.spi;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Where probe metrics go: one implementation per metrics API, loaded only when it is present. */
public interface MetricsSink {

  /** The gauge's name: 1 when the probe's latest run was ready, 0 when not, NaN before any. */
  String STATUS = "djk8s.probe.status";

  /** The timer's name: how long each finished run of the probe took. */
  String DURATION = "djk8s.probe.duration";

  /** The tag naming the probe. */
  String PROBE_TAG = "probe";

  /**
   * Registers the status gauge of a probe.
   *
   * @param probe the probe's name
   * @param status reads the current status
   */
  void gauge(String probe, DoubleSupplier status);

  /**
   * Records one finished run.
   *
   * @param probe the probe's name
   * @param elapsed how long it took
   */
  void time(String probe, Duration elapsed);
}
