package io.djk8s.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An unknown probe name fails the application's start, naming the key and the value. */
class UnknownProbeIT {

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("djk8s.readiness.probes", "nosuch")
          .assertException(
              e ->
                  assertThat(e)
                      .isInstanceOf(IllegalStateException.class)
                      .hasMessageContaining("djk8s.readiness.probes='nosuch': unknown probe"));

  @Test
  void theApplicationDoesNotStart() {
    // assertException above holds the start's failure
  }
}
