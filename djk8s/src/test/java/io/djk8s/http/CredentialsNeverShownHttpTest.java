package io.djk8s.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.Http;
import io.djk8s.testing.Http.Answer;
import io.djk8s.testing.LogCapture;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reproduction of the leak: a mistyped JDBC URL with a password makes the driver manager echo
 * it ("No suitable driver found for ..."); neither the log nor the most detailed answer shows it.
 */
class CredentialsNeverShownHttpTest {

  @Test
  void aPasswordInAMistypedJdbcUrlReachesNeitherTheLogNorVerboseDetails() throws Exception {
    Map<String, String> config =
        Map.of(
            "djk8s.readiness.probes", "database",
            "djk8s.datasource.x.url", "jdbc:postgres://127.0.0.1/app?password=hunter2",
            "djk8s.details", "always");
    try (LogCapture log = LogCapture.start();
        EmbeddedServer server = EmbeddedServer.start(Set.of(ProbeRequestFilter.class), config)) {
      Answer verbose = Http.get(server.uri("/readyz?verbose"));
      log.awaitText("No suitable driver");

      assertThat(verbose.status()).isEqualTo(503);
      assertThat(verbose.body())
          .as("details=always shows why, with the password masked")
          .contains("No suitable driver")
          .contains("password=***")
          .doesNotContain("hunter2");
      assertThat(log.text()).as("the log").doesNotContain("hunter2").contains("password=***");
    }
  }
}
