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
    "800, 800",
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
  }
}
