package io.djk8s.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.Http;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A selected built-in probe's bad configuration fails the deployment, naming every key and value at
 * once and never a secret; an unselected probe's keys are not read.
 */
class BuiltInProbesConfigurationEndpointTest {

  private static final Set<Class<?>> FILTER = Set.of(ProbeRequestFilter.class);
  private static final String PASSWORD = "pa55-w0rd-not-to-show";

  private static String deploymentFailure(Map<String, String> config) {
    Throwable failure =
        catchThrowable(
            () -> {
              try (EmbeddedServer server = EmbeddedServer.start(FILTER, config)) {
                Http.get(server.uri("/readyz"));
              }
            });
    assertThat(failure).as("the deployment must fail").isNotNull();
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  @Test
  void everyProblemOfTheSelectedProbesIsReportedAtOnceWithKeyAndValue() {
    String failure =
        deploymentFailure(
            Map.of(
                "djk8s.readiness.probes", "memcached,redis,tcp,http,disk,load",
                "djk8s.memcached.servers", "cache-1:11211,cache-2:eleven",
                "djk8s.redis.servers", "redis:0,redis://:" + PASSWORD + "@cache:6379",
                "djk8s.redis.password", PASSWORD,
                "djk8s.http.urls", "ftp://user:" + PASSWORD + "@files.internal/x?key=" + PASSWORD,
                "djk8s.disk.min-free", "lots",
                "djk8s.load.max-per-cpu", "0%"));

    assertThat(failure)
        .contains("djk8s configuration is invalid")
        .contains("djk8s.memcached.servers='cache-2:eleven': not host:port")
        .contains("djk8s.redis.servers='redis:0': not host:port")
        .contains(
            "djk8s.redis.servers='redis://***@cache:6379': credentials do not belong in the"
                + " server list")
        .contains("djk8s.tcp.targets='': the tcp probe is selected but has no target")
        .contains("djk8s.http.urls='ftp://***@files.internal/x?...': not an absolute http://")
        .contains("djk8s.disk.min-free='lots': must be a percentage")
        .contains("djk8s.load.max-per-cpu='0%': must be a percentage above 0%")
        .doesNotContain(PASSWORD);
  }

  @Test
  void aSelectedRedisProbeWithoutServerFailsTheDeployment() {
    assertThat(deploymentFailure(Map.of("djk8s.readiness.probes", "redis")))
        .contains("djk8s.redis.servers='': the redis probe is selected but has no server");
  }

  @Test
  void theKeysOfAnUnselectedProbeAreNotRead() throws Exception {
    Map<String, String> config =
        Map.of(
            "djk8s.redis.servers", "not a server",
            "djk8s.load.max-per-cpu", "much");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER, config)) {
      assertThat(Http.get(server.uri("/readyz")).status()).isEqualTo(200);
    }
  }
}
