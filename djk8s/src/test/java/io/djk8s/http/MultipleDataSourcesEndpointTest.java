package io.djk8s.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.probes.jdbc.DatabaseProbe;
import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.BlackHole;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.Http;
import io.djk8s.testing.Http.Answer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Several config-declared datasources: all are checked at once, each failing one is named, and
 * {@code djk8s.database.names} narrows the set.
 */
class MultipleDataSourcesEndpointTest {

  private static final Duration TIMEOUT = Duration.ofMillis(500);
  private static final Duration BOUND = TIMEOUT.plusMillis(100);

  private static Map<String, String> config(int deadPortA, int deadPortB) {
    Map<String, String> config = new HashMap<>();
    config.put("djk8s.probe.timeout", TIMEOUT.toMillis() + "ms");
    config.put("djk8s.details", "always");
    config.put("djk8s.datasource.good.url", "jdbc:h2:mem:djk8s_multi;DB_CLOSE_DELAY=-1");
    config.put("djk8s.datasource.orders.url", "jdbc:postgresql://127.0.0.1:" + deadPortA + "/x");
    config.put("djk8s.datasource.audit.url", "jdbc:mariadb://127.0.0.1:" + deadPortB + "/x");
    return config;
  }

  @Test
  void twoDeadDataSourcesShareOneDeadlineAndEachIsNamedWhileTheGoodOneIsOk() throws Exception {
    try (BlackHole a = BlackHole.silent();
        BlackHole b = BlackHole.neverAccepting();
        EmbeddedServer server =
            EmbeddedServer.start(Set.of(ProbeRequestFilter.class), config(a.port(), b.port()))) {
      // Warm up until H2 is loaded and answers within the deadline: the first runs load drivers.
      Awaitility.await("the H2 DataSource answering within the deadline")
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> Http.get(server.uri("/readyz?verbose")).body(),
              body -> body.contains("ok: 'good'"));
      Answer plain = Http.get(server.uri("/readyz"));
      Answer verbose = Http.get(server.uri("/readyz?verbose"));

      assertThat(plain.status()).isEqualTo(503);
      assertThat(plain.body()).isEqualTo(DatabaseProbe.NOT_READY_CONTENT);
      assertThat(plain.elapsed())
          .as("two black holes checked at once, not one after the other")
          .isLessThanOrEqualTo(BOUND);
      assertThat(verbose.body())
          .contains("datasource 'audit': ")
          .contains("datasource 'orders': ")
          .contains("ok: 'good'");
    }
  }

  @Test
  void theSelectionKeyLimitsTheCheckToTheNamedDataSources() throws Exception {
    try (BlackHole a = BlackHole.silent();
        BlackHole b = BlackHole.silent()) {
      Map<String, String> config = config(a.port(), b.port());
      config.put("djk8s.database.names", "good");
      try (EmbeddedServer server = EmbeddedServer.start(Set.of(ProbeRequestFilter.class), config)) {
        Answer answer = Http.get(server.uri("/readyz"));

        assertThat(answer.status()).as("body: %s", answer.body()).isEqualTo(200);
        assertThat(a.openClientConnections() + b.openClientConnections())
            .as("unselected datasources are not touched")
            .isZero();
      }
    }
  }

  @Test
  void aSelectedNameWithoutDataSourceIsNotReadyAndNamedInTheDetail() throws Exception {
    Map<String, String> config = config(1, 1);
    config.put("djk8s.database.names", "good,ordrs");
    try (EmbeddedServer server = EmbeddedServer.start(Set.of(ProbeRequestFilter.class), config)) {
      Answer verbose = Http.get(server.uri("/readyz?verbose"));

      assertThat(verbose.status()).isEqualTo(503);
      assertThat(verbose.body())
          .contains("datasource 'ordrs' (djk8s.database.names) was not found")
          .contains("ok: 'good'");
    }
  }
}
