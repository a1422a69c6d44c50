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
      Answer down = Http.get(server.uri("/readyz?verbose"));
      assertThat(down.status()).as("closed").isEqualTo(503);
      assertThat(down.body())
          .contains("[-]tcp failed: 1 of 1 TCP target failed: 127.0.0.1:" + port)
          .contains("connection refused");

      listener = BlackHole.silentOn(port);
      assertThat(Http.get(server.uri("/readyz")).status()).as("listening again").isEqualTo(200);
    } finally {
      listener.close();
    }
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
