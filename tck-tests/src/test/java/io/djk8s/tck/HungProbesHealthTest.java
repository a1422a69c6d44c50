package io.djk8s.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.djk8s.testing.BlackHole;
import io.djk8s.testing.DatabaseRelay;
import io.djk8s.testing.Http;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Four hung dependencies at once (the database black-holed, a TCP target that never accepts, a
 * Redis and an HTTP server that accept and never answer) and the server's own MicroProfile Health
 * endpoint still answers {@code /health/ready} within one probe deadline: whatever order the
 * runtime calls the checks in, djk8s has started every probe in parallel and each check waits at
 * most for the same deadline. Runs on the runtime of {@code djk8s.tck.runtime}, or on the embedded
 * quickstart when none is set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HungProbesHealthTest {

  private static final List<String> HUNG = List.of("database", "tcp", "redis", "http");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<BlackHole> holes = new java.util.ArrayList<>();
  private DatabaseRelay proxy;
  private AppServer server;
  private Target target;

  @BeforeAll
  void start() throws Exception {
    proxy = AppServer.relayToPostgres();
    BlackHole tcp = hole(BlackHole.neverAccepting());
    BlackHole redis = hole(BlackHole.silent());
    BlackHole http = hole(BlackHole.silent());
    Map<String, String> env = new HashMap<>();
    env.put("DJK8S_READINESS_PROBES", "database,maintenance,tcp,redis,http");
    env.put("DJK8S_TCP_TARGETS", tcp.address());
    env.put("DJK8S_REDIS_SERVERS", redis.address());
    env.put("DJK8S_HTTP_URLS", "http://" + http.address() + "/");
    Path maintenance = AppServer.maintenanceFile("hung-maintenance-");
    String runtime = System.getProperty("djk8s.tck.runtime", "quickstart");
    server =
        switch (runtime) {
          case "quickstart" -> new QuickstartServer();
          case "liberty" -> new LibertyServer();
          case "wildfly" -> new WildFlyServer();
          case "payara" -> new PayaraMicroServer("payara", "djk8s.tck.payara.jar");
          case "payara7" -> new PayaraMicroServer("payara7", "djk8s.tck.payara7.jar");
          case "helidon" -> new HelidonServer();
          default -> throw new IllegalArgumentException(runtime);
        };
    target = server.start(proxy.port(), maintenance, env);
    // the first request opens the pool and loads classes: not what this test is about
    ContractTests.await(
        target.path("readyz?verbose"),
        reply -> reply.body().contains("[+]database ok"),
        Duration.ofSeconds(60),
        "the database probe passing");
    proxy.blackHole();
  }

  private BlackHole hole(BlackHole hole) {
    holes.add(hole);
    return hole;
  }

  @AfterAll
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
    if (proxy != null) {
      proxy.close();
    }
    holes.forEach(BlackHole::close);
  }

  @Test
  void healthReadyAnswersWithinOneDeadlineWithEveryHungCheckDown() throws Exception {
    Http.get(target.health().resolve("ready")); // a warm-up with the same hung dependencies

    Http.Answer reply = Http.fastestOf(3, target.health().resolve("ready"));

    assertThat(reply.status()).as("%s health/ready: %s", target.name(), reply).isEqualTo(503);
    assertThat(reply.elapsed())
        .as(
            "four hung checks answered in one %d ms deadline (+%d ms slack), not one after another"
                + " (%d ms)",
            ContractTests.DEADLINE.toMillis(),
            ContractTests.SLACK.toMillis(),
            ContractTests.DEADLINE.toMillis() * HUNG.size())
        .isLessThanOrEqualTo(ContractTests.DEADLINE.plus(ContractTests.SLACK));
    JsonNode health = JSON.readTree(reply.body());
    for (String name : HUNG) {
      assertThat(status(health, name)).as("%s check in %s", name, reply.body()).isEqualTo("DOWN");
    }
    assertThat(status(health, "maintenance")).isEqualTo("UP");
  }

  @Test
  void readyzAnswersWithinOneDeadline() throws Exception {
    Http.Answer reply = Http.fastestOf(3, target.path("readyz"));

    assertThat(reply.status()).as("%s readyz: %s", target.name(), reply).isEqualTo(503);
    assertThat(reply.elapsed())
        .isLessThanOrEqualTo(ContractTests.DEADLINE.plus(ContractTests.SLACK));
  }

  private static String status(JsonNode health, String name) {
    for (JsonNode check : health.path("checks")) {
      if (name.equals(check.path("name").asText())) {
        return check.path("status").asText();
      }
    }
    throw new AssertionError("no check named '" + name + "' in " + health);
  }
}
