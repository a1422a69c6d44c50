package io.djk8s.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class HyperfineTest {

  private static final String EXPORT =
      """
      {
        "results": [
          {
            "command": "java -cp hello.jar Hello",
            "mean": 0.051, "stddev": 0.002, "median": 0.050,
            "user": 0.040, "system": 0.012, "min": 0.048, "max": 0.060,
            "times": [0.05, 0.05], "exit_codes": [0, 0]
          },
          {
            "command": "java -jar djk8s-cli.jar probe --ready",
            "mean": 0.61, "stddev": 0.1, "median": 0.6,
            "user": 0.3, "system": 0.05, "min": 0.5, "max": 0.9,
            "times": [0.5, 0.9, 0.6], "exit_codes": [0, 1, 0]
          }
        ]
      }
      """;

  @Test
  void readsMedianWallCpuAndFailuresPerCommandInOrder() throws Exception {
    List<Hyperfine.Result> results = Hyperfine.parse(List.of("hello", "probe"), EXPORT);

    assertThat(results).extracting(Hyperfine.Result::name).containsExactly("hello", "probe");
    assertThat(results.get(0).medianMillis()).as("median in ms").isCloseTo(50, within(1e-9));
    assertThat(results.get(0).cpuMillis()).as("user + system").isCloseTo(52, within(1e-9));
    assertThat(results.get(0).failures()).as("all exits 0").isZero();
    assertThat(results.get(1).medianMillis()).isCloseTo(600, within(1e-9));
    assertThat(results.get(1).failures()).as("one run exited 1").isEqualTo(1);
  }
}
