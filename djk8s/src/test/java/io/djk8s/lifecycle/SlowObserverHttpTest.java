package io.djk8s.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.Http;
import io.djk8s.testing.Http.Answer;
import io.djk8s.testing.SlowReadinessObserver;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ReadinessChanged observers run off the request path: a slow one cannot delay /readyz. */
class SlowObserverHttpTest {

  @Test
  void aHungProbeAndAnObserverThatSleeps3sStillAnswerReadyzWithinTheDeadline() throws Exception {
    Map<String, String> config =
        Map.of(
            "djk8s.readiness.probes", "sleepA",
            "test.sleep", "20000",
            "djk8s.probe.timeout", "500ms",
            "test.slow-observer-ms", "3000");
    try (EmbeddedServer server = EmbeddedServer.start(Set.of(ProbeRequestFilter.class), config)) {
      Answer first = Http.get(server.uri("/readyz"));
      Answer second = Http.get(server.uri("/readyz"));

      assertThat(first.status()).as(first.body()).isEqualTo(503);
      assertThat(first.body()).isEqualTo("sleepA: timed out after 500 ms");
      assertThat(first.elapsed())
          .as("the transition to NOT_READY is observed off the request thread")
          .isLessThan(Duration.ofMillis(1_500));
      assertThat(second.status()).isEqualTo(503);
      assertThat(second.elapsed()).isLessThan(Duration.ofMillis(1_500));
      SlowReadinessObserver observer = server.bean(SlowReadinessObserver.class);
      await("the observer still gets the change")
          .atMost(Duration.ofSeconds(10))
          .until(() -> observer.seen() >= 1);
    }
  }
}
