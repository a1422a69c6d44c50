package io.djk8s.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatsTest {

  private static final List<Double> HUNDRED =
      java.util.stream.IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList();

  @ParameterizedTest
  @CsvSource({"50, 50", "99, 99", "100, 100", "1, 1", "0, 1"})
  void percentileIsTheNearestRank(double percent, double expected) {
    assertThat(Stats.percentile(HUNDRED, percent)).as("p%s of 1..100", percent).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"'3,1,2', 2", "'4,1,3,2', 2", "'7', 7"})
  void medianOfUnsortedValues(String values, double expected) {
    List<Double> list =
        java.util.Arrays.stream(values.split(",")).map(Double::parseDouble).toList();
    assertThat(Stats.median(list)).as("median of %s", values).isEqualTo(expected);
  }
}
