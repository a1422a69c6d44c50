package io.djk8s.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyReportTest {

  private static PolicyStormScenario.Result storm(double vsBare, double readyzSessions) {
    return new PolicyStormScenario.Result(
        new double[] {9000, 10000, 9500},
        new double[] {20, 20, 20},
        new double[] {0, 0, 0},
        new double[] {readyzSessions, 20, 20},
        new double[] {20, 20, 20},
        vsBare,
        0.95,
        Duration.ofSeconds(1),
        5);
  }

  @Test
  void stormGoalsAreAThroughputOfAtLeastNineTenthsOfBareAndOneSessionPerInterval() {
    Report met = new Report();
    PolicyReport.storm(met, storm(0.9, 21));
    Report missed = new Report();
    PolicyReport.storm(missed, storm(0.89, 40));

    assertThat(met.markdown("", ""))
        .contains("| 0.90× | ≥ 0.9× | **yes** |")
        .as("the lifecycle probes' share is context")
        .contains("| 9500/s | 10000/s | 0.95× | context: what the lifecycle")
        .contains(
            "| 1.05 (21 in 20.0 s) | 1.00 (20 in 20.0 s) | 1.05× | 1 per interval (0.9–1.1) | **yes** |");
    assertThat(missed.markdown("", ""))
        .as("0.89× the floor misses the goal")
        .contains("| 0.89× | ≥ 0.9× | **no** |")
        .as("two sessions per interval: requests reached the database")
        .contains(
            "| 2.00 (40 in 20.0 s) | 1.00 (20 in 20.0 s) | 2.00× | 1 per interval (0.9–1.1) | **no** |");
  }

  /**
   * Five wrk rounds with the same p99 (and p50 at half of it), all answered with {@code status}.
   */
  private static List<Wrk.Result> rounds(double p99, boolean failing) {
    return Collections.nCopies(5, new Wrk.Result(1000, p99 / 2, p99, 5000, failing ? 5000 : 0, 0));
  }

  private static Report blackHole(double backgroundP99) {
    Report report = new Report();
    PolicyReport.blackHole(
        report,
        new PolicyBlackHoleScenario.Result(
            rounds(backgroundP99, true),
            rounds(810, true),
            rounds(2, false),
            Duration.ofMillis(800),
            Duration.ofSeconds(1)));
    return report;
  }

  @Test
  void blackHoleWithBackgroundRefreshMustAnswerWithinTwentyMilliseconds() {
    assertThat(blackHole(4).markdown("", ""))
        .contains("| 4.0 ms | 810 ms (deadline 800 ms) | 0.005× | ≤ 20 ms | **yes** |")
        .as("the wrk figures of each contender, summed and medians over the rounds")
        .contains(
            "| `/readyz`, background refresh every 1000 ms | 25000 | 2.00 ms | 4.00 ms | 25000 |")
        .contains("| `/bare` on the first server (the floor) | 25000 | 1.00 ms | 2.00 ms | 0 |");
    assertThat(blackHole(21).markdown("", ""))
        .contains("| 21.0 ms | 810 ms (deadline 800 ms) | 0.026× | ≤ 20 ms | **no** |");
  }

  @Test
  void mixedDeadlinesAreJudgedAgainstTheLargestAndTheSum() {
    Report report = new Report();
    PolicyReport.mixedDeadlines(
        report,
        new MixedDeadlineScenario.Result(
            Collections.nCopies(50, new Sampler.Sample(860, 503)),
            Collections.nCopies(50, new Sampler.Sample(810, 503))));

    assertThat(report.markdown("", ""))
        .as("60 ms past the largest deadline misses the goal")
        .contains("| 860 ms | largest 800 ms | +60 ms | ≤ largest + 50 ms | **no** |")
        .contains("| 860 ms | sum 1400 ms | 0.61× | < 1× (not the sum) | **yes** |")
        .contains("| 860 ms | 810 ms | 1.06× | context | — |");
  }
}
