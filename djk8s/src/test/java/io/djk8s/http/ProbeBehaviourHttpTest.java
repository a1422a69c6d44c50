package io.djk8s.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.GatedProbe;
import io.djk8s.testing.Http;
import io.djk8s.testing.Http.Answer;
import io.djk8s.testing.Threads;
import io.djk8s.testing.ThrowingProbe;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The engine's promises, seen over real HTTP: parallel, bounded, single-flight, never a 500. */
class ProbeBehaviourHttpTest {

  private static final Set<Class<?>> FILTER_ONLY = Set.of(ProbeRequestFilter.class);

  @Test
  void readyzRunsProbesInParallel() throws Exception {
    Map<String, String> config =
        Map.of("djk8s.readiness.probes", "sleepA,sleepB,sleepC,sleepD", "test.sleep", "250");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      Http.get(server.uri("/readyz")); // warm up
      Answer answer = Http.get(server.uri("/readyz"));

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.elapsed())
          .as("4 probes of 250 ms; one after another would take 1000 ms")
          .isLessThan(Duration.ofMillis(600));
    }
  }

  @Test
  void aHangingProbeIsAnswered503WithinTheDeadlinePlus100Ms() throws Exception {
    Map<String, String> config =
        Map.of("djk8s.readiness.probes", "sleepA,gated", "djk8s.probe.timeout", "500ms");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      Http.get(server.uri("/livez")); // warm up the server
      for (int i = 0; i < 3; i++) {
        Answer answer = Http.get(server.uri("/readyz"));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.body()).isEqualTo("gated: timed out after 500 ms");
        assertThat(answer.elapsed()).as("request %d", i).isLessThan(Duration.ofMillis(600));
      }
      assertThat(Http.get(server.uri("/livez")).status()).isEqualTo(200);
      CDI.current().select(GatedProbe.class).get().open();
    }
  }

  @Test
  void fiftyConcurrentReadyzRequestsShareOneProbeRun() throws Exception {
    Map<String, String> config =
        Map.of("djk8s.readiness.probes", "gated", "djk8s.probe.timeout", "20s");
    ExecutorService clients = Executors.newFixedThreadPool(50);
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      GatedProbe gated = CDI.current().select(GatedProbe.class).get();
      List<Future<Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        answers.add(clients.submit(() -> Http.get(server.uri("/readyz"))));
      }
      Threads.awaitCallersWaitingForProbes(50, Duration.ofSeconds(15));
      gated.open();
      for (Future<Answer> answer : answers) {
        assertThat(answer.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
      }

      assertThat(gated.runs()).as("probe runs for 50 concurrent requests").isEqualTo(1);
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void aProbeThatThrowsIs503WithAGenericBodyNeverA500() throws Exception {
    Map<String, String> config = Map.of("djk8s.readiness.probes", "throwing");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      Answer plain = Http.get(server.uri("/readyz"));
      Answer verbose = Http.get(server.uri("/readyz?verbose"));

      assertThat(plain.status()).isEqualTo(503);
      assertThat(plain.body()).isEqualTo("throwing: check failed");
      assertThat(verbose.status()).isEqualTo(503);
      assertThat(verbose.body())
          .isEqualTo(
              "[-]throwing failed: reason withheld\n[+]manual ok\n[+]shutdown ok\n"
                  + "readyz check failed\n");
      for (Answer answer : List.of(plain, verbose)) {
        assertThat(answer.body())
            .doesNotContain(ThrowingProbe.SECRET)
            .doesNotContain("Exception")
            .doesNotContain("at io.");
      }
    }
  }

  @Test
  void verboseListsEveryProbeInTheKubeApiserverFormat() throws Exception {
    Map<String, String> config = Map.of("djk8s.readiness.probes", "sleepA,never,sleepB");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      Answer failed = Http.get(server.uri("/readyz?verbose"));
      Answer excluded = Http.get(server.uri("/readyz?verbose&exclude=never&exclude=nothing"));
      Answer live = Http.get(server.uri("/livez?verbose"));

      assertThat(failed.status()).isEqualTo(503);
      assertThat(failed.body())
          .isEqualTo(
              "[+]sleepA ok\n[-]never failed: reason withheld\n[+]sleepB ok\n"
                  + "[+]manual ok\n[+]shutdown ok\nreadyz check failed\n");
      assertThat(excluded.status()).isEqualTo(200);
      assertThat(excluded.body())
          .isEqualTo(
              "[+]sleepA ok\n[+]sleepB ok\n[+]manual ok\n[+]shutdown ok\n"
                  + "[+]never excluded: ok\n"
                  + "warn: some health checks cannot be excluded: no matches for \"nothing\"\n"
                  + "readyz check passed\n");
      assertThat(live.body()).isEqualTo("livez check passed\n");
    }
  }

  @Test
  void reasonsAppearInVerboseOutputOnlyWhenDetailsAreAlways() throws Exception {
    Map<String, String> config =
        Map.of("djk8s.readiness.probes", "never,throwing", "djk8s.details", "always");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      Answer verbose = Http.get(server.uri("/readyz?verbose"));

      assertThat(verbose.body())
          .startsWith("[-]never failed: test is not ready\n[-]throwing failed: unexpected ")
          .contains("IllegalStateException")
          .endsWith("readyz check failed\n");
    }
  }

  @Test
  void excludeSkipsNamedProbesAndAProbePathRunsOneProbe() throws Exception {
    Map<String, String> config = Map.of("djk8s.readiness.probes", "sleepA,never");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      assertThat(Http.get(server.uri("/readyz")).status()).isEqualTo(503);
      assertThat(Http.get(server.uri("/readyz?exclude=never")).body()).isEqualTo("Ok");
      assertThat(Http.get(server.uri("/readyz/sleepA")).body()).isEqualTo("Ok");
      Answer never = Http.get(server.uri("/readyz/never"));
      assertThat(never.status()).isEqualTo(503);
      assertThat(never.body()).isEqualTo("test is not ready");
      assertThat(Http.get(server.uri("/readyz/sleepB")).status())
          .as("a probe bean that is not configured")
          .isEqualTo(404);
    }
  }

  @Test
  void misconfigurationFailsDeploymentNamingEveryKeyAndValue() {
    Map<String, String> config =
        Map.of(
            "djk8s.readiness.probes", "database,nope,java.lang.String",
            "djk8s.probe.timeout", "0ms");

    assertThatThrownBy(() -> EmbeddedServer.start(FILTER_ONLY, config).close())
        .rootCause()
        .hasMessageContaining("djk8s configuration is invalid")
        .hasMessageContaining("djk8s.probe.timeout='0ms': must be from 10ms to 60s");
  }

  @Test
  void unknownProbeNamesFailDeploymentListingTheKnownProbes() {
    Map<String, String> config =
        Map.of("djk8s.readiness.probes", "database,nope,java.lang.String,never,never");

    assertThatThrownBy(() -> EmbeddedServer.start(FILTER_ONLY, config).close())
        .rootCause()
        .hasMessageContaining(
            "djk8s.readiness.probes='database,nope,java.lang.String,never,never': unknown probe"
                + " 'nope'; known probes: counting, database, ")
        .hasMessageContaining("class java.lang.String is not a probe")
        .hasMessageContaining("probe 'never' is listed twice");
  }
}
