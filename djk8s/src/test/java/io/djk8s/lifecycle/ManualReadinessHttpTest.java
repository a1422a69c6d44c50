package io.djk8s.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.ReadinessControl;
import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.Http;
import io.djk8s.testing.Http.Answer;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link ReadinessControl} through real HTTP on the embedded runtime. */
class ManualReadinessHttpTest {

  private static final Set<Class<?>> FILTER_ONLY = Set.of(ProbeRequestFilter.class);

  @Test
  void markNotReadyTurnsReadyzTo503AndMarkReadyBackWhileLivezStays200() throws Exception {
    Map<String, String> config = Map.of("djk8s.readiness.probes", "sleepA");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      ReadinessControl control = server.bean(ReadinessControl.class);
      assertThat(Http.get(server.uri("/readyz")).status()).isEqualTo(200);
      assertThat(Http.get(server.uri("/readyz?verbose")).body())
          .as("manual and shutdown are always part of readiness, after the configured probes")
          .isEqualTo("[+]sleepA ok\n[+]manual ok\n[+]shutdown ok\nreadyz check passed\n");

      control.markNotReady("maintenance by alice on db7.internal.example.com");
      Answer ready = Http.get(server.uri("/readyz"));
      assertThat(ready.status()).as("/readyz while marked not ready").isEqualTo(503);
      assertThat(ready.body()).isEqualTo("manual: not ready");
      assertThat(Http.get(server.uri("/readyz?verbose")).body())
          .isEqualTo(
              "[+]sleepA ok\n[-]manual failed: reason withheld\n[+]shutdown ok\n"
                  + "readyz check failed\n");
      assertThat(Http.get(server.uri("/readyz/manual")).status()).isEqualTo(503);
      assertThat(Http.get(server.uri("/readyz?exclude=manual")).status())
          .as("?exclude=manual, as for any probe")
          .isEqualTo(200);
      assertThat(Http.get(server.uri("/livez")).status()).as("/livez").isEqualTo(200);
      assertThat(control.notReadyReason())
          .contains("maintenance by alice on db7.internal.example.com");

      control.markReady();
      assertThat(Http.get(server.uri("/readyz")).status()).isEqualTo(200);
      assertThat(control.notReadyReason()).isEmpty();
    }
  }

  @Test
  void listingManualExplicitlyPlacesIt() throws Exception {
    Map<String, String> config = Map.of("djk8s.readiness.probes", "manual,sleepA");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      assertThat(Http.get(server.uri("/readyz?verbose")).body())
          .isEqualTo("[+]manual ok\n[+]sleepA ok\n[+]shutdown ok\nreadyz check passed\n");
    }
  }

  @Test
  void underDetailsAlwaysTheReasonIsShown() throws Exception {
    Map<String, String> config =
        Map.of("djk8s.readiness.probes", "sleepA", "djk8s.details", "always");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      server.bean(ReadinessControl.class).markNotReady("draining queue");
      assertThat(Http.get(server.uri("/readyz?verbose")).body())
          .contains("[-]manual failed: marked not ready: draining queue\n");
    }
  }
}
