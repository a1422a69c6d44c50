package io.djk8s.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.Http;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, item 3: probe paths that the filter could never answer fail the deployment, naming the
 * keys and the paths, instead of starting and passing the kubelet's request to the application.
 */
class ProbePathConfigurationHttpTest {

  private static final Set<Class<?>> FILTER_ONLY = Set.of(ProbeRequestFilter.class);

  @Test
  void aReadyPathUnderAHealthPathFailsTheDeploymentNamingBothKeys() {
    Map<String, String> config =
        Map.of("djk8s.health.paths", "/k8s", "djk8s.ready.paths", "/k8s/ready");

    assertThatThrownBy(() -> EmbeddedServer.start(FILTER_ONLY, config).close())
        .rootCause()
        .hasMessageContaining("djk8s configuration is invalid")
        .hasMessageContaining(
            "djk8s.ready.paths='/k8s/ready' lies under djk8s.health.paths='/k8s'");
  }

  @Test
  void aHealthPathUnderAStartupPathFailsTheDeploymentNamingBothKeys() {
    Map<String, String> config =
        Map.of("djk8s.startup.paths", "/probe", "djk8s.health.paths", "/probe/live/x");

    assertThatThrownBy(() -> EmbeddedServer.start(FILTER_ONLY, config).close())
        .rootCause()
        .hasMessageContaining(
            "djk8s.health.paths='/probe/live/x' lies under djk8s.startup.paths='/probe'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/ready z", "/ready%20z", "/réady", "/ready;v=1", "/k8s//ready", "/k8s/../readyz"})
  void aPathTheFilterWouldSeeEncodedOrNormalisedFailsTheDeployment(String path) {
    Map<String, String> config = Map.of("djk8s.ready.paths", path);

    assertThatThrownBy(() -> EmbeddedServer.start(FILTER_ONLY, config).close())
        .rootCause()
        .hasMessageContaining("djk8s.ready.paths='" + path + "'")
        .hasMessageContaining("would never match");
  }

  @Test
  void siblingPathsUnderACommonPrefixBothAnswer() throws Exception {
    Map<String, String> config =
        Map.of("djk8s.health.paths", "/k8s/live", "djk8s.ready.paths", "/k8s/ready,/k8s-ready");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER_ONLY, config)) {
      assertThat(Http.get(server.uri("/k8s/live")).status()).as("/k8s/live").isEqualTo(200);
      assertThat(Http.get(server.uri("/k8s/ready")).status()).as("/k8s/ready").isEqualTo(200);
      assertThat(Http.get(server.uri("/k8s-ready")).status()).as("/k8s-ready").isEqualTo(200);
      assertThat(Http.get(server.uri("/k8s/ready")).body()).isEqualTo("Ok");
    }
  }
}
