package io.djk8s.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.BlackHole;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.Http;
import io.djk8s.testing.Http.Answer;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** {@code /readyz} with the tcp probe against local listeners that come, go and hang. */
class BuiltInTcpProbeEndpointTest {

  private static final Set<Class<?>> FILTER = Set.of(ProbeRequestFilter.class);
  private static final Duration DEADLINE = Duration.ofMillis(500);

  private static Map<String, String> config(String targets) {
    return Map.of(
        "djk8s.readiness.probes",
        "tcp",
        "djk8s.tcp.targets",
        targets,
        "djk8s.probe.timeout",
        DEADLINE.toMillis() + "ms",
        "djk8s.details",
        "always");
  }

  @Test
  void readyzFollowsATcpTargetGoingAwayAndComingBack() throws Exception {
    BlackHole listener = BlackHole.silent();
    int port = listener.port();
    try (EmbeddedServer server = EmbeddedServer.start(FILTER, config(listener.address()))) {
      assertThat(Http.get(server.uri("/readyz")).status()).as("listening").isEqualTo(200);

      listener.close();
      // A run started before the close (and joined) may still answer 200: poll with a deadline.
      Answer down = awaitStatus(server, "/readyz?verbose", 503);
      assertThat(down.status()).as("closed").isEqualTo(503);
      assertThat(down.body())
          .contains("[-]tcp failed: 1 of 1 TCP target failed: 127.0.0.1:" + port)
          .contains("connection refused");

      listener = BlackHole.silentOn(port);
      assertThat(awaitStatus(server, "/readyz", 200).status()).as("listening again").isEqualTo(200);
    } finally {
      listener.close();
    }
  }

  private static Answer awaitStatus(EmbeddedServer server, String path, int status) {
    return Awaitility.await(path + " answering " + status)
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> Http.get(server.uri(path)), answer -> answer.status() == status);
  }

  @Test
  void aTargetThatNeverAcceptsIsCutShortByTheConnectTimeout() throws Exception {
    try (BlackHole up = BlackHole.silent();
        BlackHole hanging = BlackHole.neverAccepting();
        EmbeddedServer server =
            EmbeddedServer.start(FILTER, config(up.address() + "," + hanging.address()))) {
      Http.get(server.uri("/readyz")); // warm-up

      Answer answer = Http.fastestOf(3, server.uri("/readyz?verbose"));

      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.elapsed()).isLessThan(DEADLINE.plusMillis(100));
      assertThat(answer.body())
          .contains(
              "1 of 2 TCP targets failed: " + hanging.address() + ": connect timed out after");
    }
  }
}
