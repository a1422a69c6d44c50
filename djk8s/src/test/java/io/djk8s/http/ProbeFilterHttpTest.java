package io.djk8s.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.Http;
import io.djk8s.testing.Http.Answer;
import io.djk8s.testing.ProbesResource;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The upstream suite's scenarios, over real HTTP against the embedded server. */
class ProbeFilterHttpTest {

  private static final Set<Class<?>> FILTER_ONLY = Set.of(ProbeRequestFilter.class);

  @ParameterizedTest
  @ValueSource(strings = {"/livez", "/healthz", "/readyz"})
  void defaultPathsAnswer200Ok(String path) throws Exception {
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, Map.of())) {
      Answer answer = Http.get(server.uri(path));

      assertThat(answer.status()).as("status of %s", path).isEqualTo(200);
      assertThat(answer.body()).as("body of %s", path).isEqualTo("Ok");
      assertThat(answer.header("Content-Type")).startsWith("text/plain");
      assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
      assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
  }

  @Test
  void customPathsReplaceTheDefaults() throws Exception {
    Map<String, String> config =
        Map.of("djk8s.health.paths", "/alive,/health/z", "djk8s.ready.paths", "/ready");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      assertThat(Http.get(server.uri("/alive")).body()).isEqualTo("Ok");
      assertThat(Http.get(server.uri("/health/z")).body()).isEqualTo("Ok");
      assertThat(Http.get(server.uri("/ready")).body()).isEqualTo("Ok");
      assertThat(Http.get(server.uri("/livez")).status()).as("old default path").isEqualTo(404);
      assertThat(Http.get(server.uri("/readyz")).status()).as("old default path").isEqualTo(404);
    }
  }

  @Test
  void readyzAnswers503WithTheProbeContentWhenAProbeIsNeverReadyAndLivezStays200()
      throws Exception {
    Map<String, String> config = Map.of("djk8s.readiness.probes", "never");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      Answer ready = Http.get(server.uri("/readyz"));
      Answer live = Http.get(server.uri("/livez"));

      assertThat(ready.status()).isEqualTo(503);
      assertThat(ready.body()).isEqualTo("test is not ready");
      assertThat(ready.header("Cache-Control")).isEqualTo("no-store");
      assertThat(live.status()).isEqualTo(200);
      assertThat(live.body()).isEqualTo("Ok");
    }
  }

  @Test
  void theFirstFailingProbeInConfiguredOrderDecidesTheAnswer() throws Exception {
    Map<String, String> config = Map.of("djk8s.readiness.probes", "sleepA,throwing,never");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      Answer ready = Http.get(server.uri("/readyz"));

      assertThat(ready.status()).isEqualTo(503);
      assertThat(ready.body()).isEqualTo("throwing: check failed");
    }
  }

  @Test
  void withoutTheFilterOrTheResourcesTheProbePathsAre404() throws Exception {
    try (EmbeddedServer server = EmbeddedServer.start(Set.of(Unrelated.class), Map.of())) {
      for (String path : new String[] {"/livez", "/healthz", "/readyz"}) {
        assertThat(Http.get(server.uri(path)).status()).as(path).isEqualTo(404);
      }
      assertThat(Http.get(server.uri("/unrelated")).body()).isEqualTo("unrelated");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/readyz/", "/READYZ", "/Livez", "/readyz/unknown", "/readyzz"})
  void pathsThatAreNotExactlyProbePathsGoOnToTheApplication(String path) throws Exception {
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, Map.of())) {
      assertThat(Http.get(server.uri(path)).status()).as(path).isEqualTo(404);
    }
  }

  @Test
  void theQueryStringIsIgnoredForMatching() throws Exception {
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, Map.of())) {
      assertThat(Http.get(server.uri("/readyz?foo=bar")).body()).isEqualTo("Ok");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS"})
  void otherMethodsPassThroughToTheApplication(String method) throws Exception {
    Set<Class<?>> classes = Set.of(ProbeRequestFilter.class, CatchAllResource.class);
    try (EmbeddedServer server = EmbeddedServer.start(classes, Map.of())) {
      Answer answer = Http.send(method, server.uri("/readyz"));

      assertThat(answer.status()).as("%s /readyz", method).isEqualTo(200);
      assertThat(answer.body())
          .as("%s /readyz reaches the application", method)
          .isIn("application", "");
      assertThat(answer.header("Cache-Control")).as("%s /readyz", method).isEmpty();
    }
  }

  @Test
  void headIsAnsweredWithoutABody() throws Exception {
    Map<String, String> config = Map.of("djk8s.readiness.probes", "never");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      Answer live = Http.send("HEAD", server.uri("/livez"));
      Answer ready = Http.send("HEAD", server.uri("/readyz"));

      assertThat(live.status()).isEqualTo(200);
      assertThat(live.body()).isEmpty();
      assertThat(ready.status()).isEqualTo(503);
      assertThat(ready.body()).isEmpty();
    }
  }

  @Test
  void resourcesAnswerTheSameWhenTheFilterIsNotThere() throws Exception {
    Map<String, String> config = Map.of("djk8s.readiness.probes", "sleepA,never");
    try (EmbeddedServer server = EmbeddedServer.start(Set.of(ProbesResource.class), config)) {
      assertThat(Http.get(server.uri("/livez")).body()).isEqualTo("Ok");
      assertThat(Http.get(server.uri("/healthz")).body()).isEqualTo("Ok");
      Answer ready = Http.get(server.uri("/readyz"));
      assertThat(ready.status()).isEqualTo(503);
      assertThat(ready.body()).isEqualTo("test is not ready");
      assertThat(ready.header("Cache-Control")).isEqualTo("no-store");
      assertThat(Http.get(server.uri("/readyz/sleepA")).body()).isEqualTo("Ok");
      assertThat(Http.get(server.uri("/readyz/nope")).status()).isEqualTo(404);
      assertThat(Http.get(server.uri("/readyz?exclude=never")).body()).isEqualTo("Ok");
    }
  }

  @Test
  void aDisabledFilterLeavesThePathsToTheResources() throws Exception {
    Map<String, String> config =
        Map.of("djk8s.filter.enabled", "false", "djk8s.ready.paths", "/other");
    Set<Class<?>> classes = Set.of(ProbeRequestFilter.class, ProbesResource.class);
    try (EmbeddedServer server = EmbeddedServer.start(classes, config)) {
      assertThat(Http.get(server.uri("/readyz")).body()).as("resource").isEqualTo("Ok");
      assertThat(Http.get(server.uri("/other")).status()).as("filter off").isEqualTo(404);
    }
  }
}
