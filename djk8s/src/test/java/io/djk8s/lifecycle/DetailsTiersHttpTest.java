package io.djk8s.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.HeaderAuthFilter;
import io.djk8s.testing.Http;
import io.djk8s.testing.Http.Answer;
import io.djk8s.testing.ProbesResource;
import io.djk8s.testing.SecretiveProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code djk8s.details} = never | always | when-authorized, through real HTTP, with a probe whose
 * detail and cause name a password, a host and a JDBC URL, and a probe that throws an unexpected
 * exception.
 */
class DetailsTiersHttpTest {

  /** Nothing of these may reach a caller the policy does not allow. */
  private static final List<String> SECRETS =
      List.of(
          SecretiveProbe.PASSWORD, SecretiveProbe.HOST, "jdbc:", "Exception", "\tat ", "refused");

  private static final List<String> PATHS =
      List.of(
          "/readyz",
          "/readyz?verbose",
          "/readyz/secretive",
          "/readyz/secretive?verbose",
          "/readyz/throwing?verbose",
          "/readyz?verbose&exclude=throwing",
          "/startupz?verbose",
          "/livez?verbose",
          "/healthz?verbose");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static Map<String, String> config(String details, String roles) {
    Map<String, String> config = new HashMap<>();
    config.put("djk8s.readiness.probes", "secretive,throwing");
    config.put("djk8s.details", details);
    if (roles != null) {
      config.put("djk8s.details.roles", roles);
    }
    return config;
  }

  private static EmbeddedServer start(Map<String, String> config) throws Exception {
    return EmbeddedServer.start(
        Set.of(ProbeRequestFilter.class, HeaderAuthFilter.class, ProbesResource.class), config);
  }

  private static Answer get(URI uri, String user, String roles) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (user != null) {
      request.header("X-Test-User", user).header("X-Test-Roles", roles);
    }
    long start = System.nanoTime();
    HttpResponse<String> response =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.body(),
        response,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private static void assertNoSecrets(EmbeddedServer server, String user, String roles)
      throws Exception {
    for (String path : PATHS) {
      Answer answer = get(server.uri(path), user, roles);
      for (String secret : SECRETS) {
        assertThat(answer.body())
            .as("body of %s for %s must not contain '%s'", path, user, secret)
            .doesNotContain(secret);
      }
      for (String header : answer.response().headers().map().keySet()) {
        assertThat(answer.response().headers().allValues(header).toString())
            .as("header %s of %s", header, path)
            .doesNotContain(SecretiveProbe.PASSWORD);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"anonymous", "authenticated"})
  void underNeverNoBodyCarriesAPasswordHostJdbcUrlOrStackTrace(String caller) throws Exception {
    try (EmbeddedServer server = start(config("never", null))) {
      boolean authenticated = caller.equals("authenticated");
      assertNoSecrets(server, authenticated ? "alice" : null, authenticated ? "ops" : null);
      assertThat(Http.get(server.uri("/readyz?verbose")).body())
          .isEqualTo(
              "[-]secretive failed: reason withheld\n[-]throwing failed: reason withheld\n"
                  + "[+]manual ok\n[+]shutdown ok\nreadyz check failed\n");
      assertThat(Http.get(server.uri("/readyz")).body()).isEqualTo("secretive: not ready");
    }
  }

  @Test
  void underAlwaysVerboseOutputShowsTheReasonsToAnyone() throws Exception {
    try (EmbeddedServer server = start(config("always", null))) {
      String body = Http.get(server.uri("/readyz?verbose")).body();
      assertThat(body)
          .as("the detail of the failing probe, to an anonymous caller")
          .contains("[-]secretive failed: cannot reach " + SecretiveProbe.JDBC_URL)
          .contains("[-]throwing failed: unexpected java.lang.");
      assertThat(Http.get(server.uri("/readyz")).body())
          .as("the plain body stays the probe's generic content")
          .isEqualTo("secretive: not ready");
      assertThat(body).as("never a stack trace").doesNotContain("\tat ");
    }
  }

  @Test
  void underWhenAuthorizedOnlyAPrincipalInAConfiguredRoleSeesReasons() throws Exception {
    try (EmbeddedServer server = start(config("when-authorized", "ops,sre"))) {
      assertNoSecrets(server, null, null);
      assertNoSecrets(server, "bob", "guest");

      Answer alice = get(server.uri("/readyz?verbose"), "alice", "ops");
      assertThat(alice.body())
          .as("verbose output for alice, in role ops")
          .contains("[-]secretive failed: cannot reach " + SecretiveProbe.JDBC_URL);
      Answer carol = get(server.uri("/readyz?verbose"), "carol", "sre,guest");
      assertThat(carol.body()).as("carol, in role sre").contains(SecretiveProbe.HOST);
      assertThat(get(server.uri("/readyz"), "alice", "ops").body())
          .as("the plain body stays generic even for an authorized caller")
          .isEqualTo("secretive: not ready");
    }
  }

  @Test
  void theRoutedEndpointsFollowTheSamePolicy() throws Exception {
    Map<String, String> config = config("when-authorized", "ops");
    config.put("djk8s.filter.enabled", "false");
    try (EmbeddedServer server = start(config)) {
      assertThat(get(server.uri("/readyz?verbose"), null, null).body())
          .contains("[-]secretive failed: reason withheld");
      assertThat(get(server.uri("/readyz?verbose"), "alice", "ops").body())
          .contains("[-]secretive failed: cannot reach " + SecretiveProbe.JDBC_URL);
    }
  }

  @Test
  void whenAuthorizedWithoutRolesIsADeploymentProblem() {
    assertThatThrownBy(() -> start(config("when-authorized", null)))
        .hasStackTraceContaining("djk8s.details.roles")
        .hasStackTraceContaining("when-authorized");
  }
}
