package io.djk8s.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad configuration fails the application's start, naming each key and value. */
class InvalidConfigurationIT {

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("djk8s.probe.timeout", "soon")
          .assertException(
              e ->
                  assertThat(e)
                      .isInstanceOf(IllegalStateException.class)
                      .hasMessageContaining("djk8s configuration is invalid")
                      .hasMessageContaining("djk8s.probe.timeout='soon'"));

  @Test
  void theApplicationDoesNotStart() {
    // assertException above holds the start's failure; reaching here means it was checked
  }
}
