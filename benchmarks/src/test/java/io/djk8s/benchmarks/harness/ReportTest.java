package io.djk8s.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

  @Test
  void livezGoalsAreJudgedOnTheMedianRatios() {
    Report report = new Report();
    report.livez(
        new LivezScenario.Result(
            new double[] {9400, 10000, 9000}, new double[] {5, 5, 6}, 0.94, 1.04, 1.0, 0.8, 5));

    String markdown = report.markdown("", "");

    assertThat(markdown)
        .as("0.94× the bare endpoint misses the 0.95× goal")
        .contains("| 0.94× | ≥ 0.95× | **no** |")
        .as("1.04× SmallRye meets the 1.0× goal")
        .contains("| 1.04× | ≥ 1.0× | **yes** |");
  }

  @Test
  void blackHoleGoalIsTheDeadlinePlusFiftyMilliseconds() {
    List<Sampler.Sample> ours =
        Collections.nCopies(100, new Sampler.Sample(851, 503)); // 51 ms late
    List<Sampler.Sample> smallRye = Collections.nCopies(100, new Sampler.Sample(10_000, -1));
    Report report = new Report();
    report.blackHole(
        new BlackHoleScenario.Result(
            ours, smallRye, Duration.ofMillis(800), Duration.ofSeconds(10)));

    String markdown = report.markdown("", "");

    assertThat(markdown)
        .as("851 ms against an 800 ms deadline misses the goal")
        .contains("| +51 ms | ≤ deadline + 50 ms | **no** |")
        .as("SmallRye's timeouts are shown as a lower bound")
        .contains("> 10000 ms (100/100 timed out)")
        .contains("≥ 11.8× slower");
  }

  @Test
  void ratioRowsAreOrderedByScenarioWhateverTheRunOrder() {
    Report report = new Report();
    report.parallelism(
        new ParallelismScenario.Result(
            new double[] {51, 52, 53, 54}, new double[] {60, 61, 62, 63}, 20));
    report.livez(
        new LivezScenario.Result(new double[] {1, 1, 1}, new double[] {1, 1, 1}, 1, 1, 1, 1, 1));

    String markdown = report.markdown("", "");

    assertThat(markdown.indexOf("| 1 | `/livez`"))
        .as("row 1 comes before row 2")
        .isLessThan(markdown.indexOf("| 2 | `/readyz`"));
  }
}
