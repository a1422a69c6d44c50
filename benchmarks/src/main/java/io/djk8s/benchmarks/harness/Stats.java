package io.djk8s.benchmarks.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and percentiles (nearest rank) of measured values. */
final class Stats {

  private Stats() {}

  static double median(List<Double> values) {
    return percentile(values, 50);
  }

  static double percentile(List<Double> values, double percent) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  /** A percentile of the samples' times to answer (ms). */
  static double millis(List<Sampler.Sample> samples, double percent) {
    return percentile(samples.stream().map(Sampler.Sample::millis).toList(), percent);
  }

  /** How many of the samples answered with this status. */
  static long answered(List<Sampler.Sample> samples, int status) {
    return samples.stream().filter(s -> s.status() == status).count();
  }
}
