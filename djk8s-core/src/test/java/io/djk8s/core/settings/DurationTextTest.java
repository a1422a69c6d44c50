package io.djk8s.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

  @ParameterizedTest(name = "{0} is {1} ms")
  @CsvSource({
    "800ms, 800",
    "0, 0",
    "2s, 2000",
    "1.5s, 1500",
    "1m, 60000",
    "1h, 3600000",
    "' 250 ms ', 250",
    "PT0.8S, 800",
    "PT2M, 120000"
  })
  void parsesWhatOperatorsWrite(String text, long millis) {
    assertThat(DurationText.parse(text)).contains(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "ms", "1d", "1.s", "-1s", "1,5s"})
  void rejectsAnythingElse(String text) {
    assertThat(DurationText.parse(text)).isEmpty();
    assertThat(DurationText.expected(text))
        .isEqualTo("not a duration; write for example '800ms' or '2s'");
  }

  @ParameterizedTest(name = "a bare {0} needs a unit")
  @ValueSource(strings = {"2", "5", "800", "1.5", " 30 "})
  void aBareNumberIsRefusedWithAHintAtTheUnit(String text) {
    assertThat(DurationText.parse(text))
        .as("'%s' is ms to djk8s, s to the kubelet", text)
        .isEmpty();
    String number = text.trim();
    assertThat(DurationText.expected(text))
        .isEqualTo(
            "a duration needs a unit: write for example '" + number + "ms' or '" + number + "s'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT2562048H", "2562048h", "99999999999999h"})
  void aDurationBeyondTheNanosecondRangeStillParsesForTheBoundsToRefuse(String text) {
    assertThat(DurationText.parse(text))
        .as("parsed, not thrown: the key's maximum reports it")
        .hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofDays(100_000)));
  }
}
