package io.djk8s.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.engine.ProbeService;
import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.Http;
import io.djk8s.testing.Http.Answer;
import io.djk8s.testing.ProbesResource;
import io.djk8s.testing.SwitchProbe;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The startup gate through real HTTP on the embedded runtime. */
class StartupHttpTest {

  private static final Set<Class<?>> FILTER_ONLY = Set.of(ProbeRequestFilter.class);

  @Test
  void startupzIs200OnceDeployedWithoutStartupProbes() throws Exception {
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, Map.of())) {
      Answer answer = Http.get(server.uri("/startupz?verbose"));

      assertThat(answer.status()).as("/startupz after deployment").isEqualTo(200);
      assertThat(answer.body())
          .as("verbose startup output names the built-in deployment probe")
          .isEqualTo("[+]deployment ok\nstartupz check passed\n");
      assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
    }
  }

  @Test
  void startupzAnswers503UntilTheStartupProbesPassThen200ForGood() throws Exception {
    Map<String, String> config = Map.of("djk8s.startup.probes", "switch");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      SwitchProbe probe = server.bean(SwitchProbe.class);

      Answer before = Http.get(server.uri("/startupz"));
      assertThat(before.status()).as("/startupz before the startup probe passes").isEqualTo(503);
      assertThat(before.body()).isEqualTo("switch: off");
      assertThat(Http.get(server.uri("/startupz?verbose")).body())
          .isEqualTo(
              "[+]deployment ok\n[-]switch failed: reason withheld\nstartupz check failed\n");
      assertThat(Http.get(server.uri("/livez")).status()).as("liveness meanwhile").isEqualTo(200);

      probe.set(true);
      Answer started = Http.get(server.uri("/startupz"));
      assertThat(started.status()).as("/startupz once the probe passed").isEqualTo(200);
      assertThat(started.body()).isEqualTo("Ok");
      int runsWhenStarted = probe.runs();

      probe.set(false);
      for (int i = 0; i < 3; i++) {
        assertThat(Http.get(server.uri("/startupz")).status())
            .as("/startupz stays 200 for good, even when the startup probe would fail again")
            .isEqualTo(200);
      }
      assertThat(probe.runs())
          .as("startup probes are not run once the application has started")
          .isEqualTo(runsWhenStarted);
      assertThat(server.bean(ProbeService.class).started()).isTrue();
    }
  }

  @Test
  void startupProbesDoNotAffectReadiness() throws Exception {
    Map<String, String> config =
        Map.of("djk8s.startup.probes", "switch", "djk8s.readiness.probes", "sleepA");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      assertThat(Http.get(server.uri("/startupz")).status()).isEqualTo(503);
      assertThat(Http.get(server.uri("/readyz")).status()).isEqualTo(200);
    }
  }

  @Test
  void customStartupPathsAndTheRoutedEndpoint() throws Exception {
    Map<String, String> config =
        Map.of("djk8s.startup.paths", "/started", "djk8s.startup.probes", "switch");
    Set<Class<?>> classes = Set.of(ProbeRequestFilter.class, ProbesResource.class);
    try (EmbeddedServer server = EmbeddedServer.start(classes, config)) {
      assertThat(Http.get(server.uri("/started")).status()).as("/started").isEqualTo(503);
      assertThat(Http.get(server.uri("/started/switch")).body()).isEqualTo("switch: off");
      server.bean(SwitchProbe.class).set(true);
      assertThat(Http.get(server.uri("/started")).status()).as("/started").isEqualTo(200);
    }
    Map<String, String> routedOnly =
        Map.of("djk8s.filter.enabled", "false", "djk8s.startup.probes", "switch");
    try (EmbeddedServer server = EmbeddedServer.start(Set.of(ProbesResource.class), routedOnly)) {
      assertThat(Http.get(server.uri("/startupz")).status()).as("routed /startupz").isEqualTo(503);
      server.bean(SwitchProbe.class).set(true);
      assertThat(Http.get(server.uri("/startupz")).status()).as("routed /startupz").isEqualTo(200);
    }
  }
}
