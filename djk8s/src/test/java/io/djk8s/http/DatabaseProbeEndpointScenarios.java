package io.djk8s.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.probes.jdbc.DatabaseProbe;
import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.BlackHole;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.Http;
import io.djk8s.testing.Http.Answer;
import io.djk8s.testing.JdbcEndpoint;
import io.djk8s.testing.PrivateDatabase;
import io.djk8s.testing.ProbeThreadCount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The database probe's scenarios over real HTTP against one real database engine: ready, stopped
 * and started again, black holes, wrong password. Each subclass names its engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseProbeEndpointScenarios {

  /**
   * The probe deadline: 500 ms, or {@code -Ddjk8s.test.probe-timeout-ms=800} to measure another.
   */
  static final Duration TIMEOUT =
      Duration.ofMillis(Long.getLong("djk8s.test.probe-timeout-ms", 500));

  static final Duration BOUND = TIMEOUT.plusMillis(100);
  static final String SECRET = "s3cret-" + UUID.randomUUID();

  private PrivateDatabase privateDatabase;

  /** A running database of the machine (shared: never stopped). */
  abstract JdbcEndpoint shared();

  /** Starts a database of the test's own whose password is {@link #SECRET} where it has one. */
  abstract PrivateDatabase startPrivate() throws Exception;

  /** A JDBC URL of this engine on a local port. */
  abstract String urlOnPort(int port);

  /** The endpoint of the private database with a wrong password. */
  abstract JdbcEndpoint wrongPassword(PrivateDatabase database);

  /** A label for measured figures. */
  abstract String engine();

  final PrivateDatabase privateDatabase() throws Exception {
    if (privateDatabase == null) {
      privateDatabase = startPrivate();
    }
    return privateDatabase;
  }

  @AfterAll
  void stopPrivate() {
    if (privateDatabase != null) {
      privateDatabase.close();
    }
  }

  static EmbeddedServer server(JdbcEndpoint endpoint) throws Exception {
    Map<String, String> config = new HashMap<>();
    config.put("djk8s.readiness.probes", "database");
    config.put("djk8s.probe.timeout", TIMEOUT.toMillis() + "ms");
    config.put("djk8s.details", "always");
    config.put("djk8s.datasource.main.url", endpoint.url());
    config.put("djk8s.datasource.main.username", endpoint.user());
    config.put("djk8s.datasource.main.password", endpoint.password());
    return EmbeddedServer.start(Set.of(ProbeRequestFilter.class), config);
  }

  @Test
  void readyzAnswers200WhenTheDatabaseAnswers() throws Exception {
    try (EmbeddedServer server = server(shared())) {
      Answer answer = pollUntil200(server); // the first check also loads the driver
      Answer verbose = Http.get(server.uri("/readyz?verbose"));

      assertThat(answer.status()).as("body: %s", answer.body()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("Ok");
      assertThat(verbose.body()).contains("[+]database ok");
    }
  }

  @Test
  void readyzAnswers503WithinTheDeadlineWhileTheDatabaseIsStoppedAnd200OnceItRunsAgain()
      throws Exception {
    PrivateDatabase database = privateDatabase();
    try (EmbeddedServer server = server(database.endpoint())) {
      Awaitility.await(
              "readyz answering 200 while the database runs") // the first check loads the driver
          .atMost(Duration.ofSeconds(20))
          .until(() -> Http.get(server.uri("/readyz")).status(), status -> status == 200);

      database.stop();
      try {
        Answer down = Http.get(server.uri("/readyz"));
        assertThat(down.status()).as("first answer after stop: %s", down.body()).isEqualTo(503);
        assertThat(down.body()).isEqualTo(DatabaseProbe.NOT_READY_CONTENT);
        assertThat(down.elapsed()).as("time to 503 after stop").isLessThanOrEqualTo(BOUND);
        Answer verbose = Http.get(server.uri("/readyz?verbose"));
        assertThat(verbose.body()).as("verbose names the datasource").contains("datasource 'main'");
      } finally {
        database.start();
      }

      Answer back = pollUntil200(server);
      assertThat(back.status()).as("after start again: %s", back.body()).isEqualTo(200);
    }
  }

  private static Answer pollUntil200(EmbeddedServer server) throws Exception {
    return Awaitility.await("readyz answering 200 again")
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              Answer answer = Http.get(server.uri("/readyz"));
              assertThat(answer.elapsed())
                  .as("every answer within the deadline")
                  .isLessThanOrEqualTo(BOUND);
              return answer;
            },
            answer -> answer.status() == 200);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"silent", "never-accepting"})
  void readyzAnswers503WithinTheDeadline20TimesInARowAgainstABlackHoleWithoutGrowth(String kind)
      throws Exception {
    try (BlackHole hole = kind.equals("silent") ? BlackHole.silent() : BlackHole.neverAccepting();
        EmbeddedServer server = server(new JdbcEndpoint(urlOnPort(hole.port()), "probe", SECRET))) {
      Http.get(server.uri("/livez"));
      Http.get(server.uri("/readyz?verbose"));
      // The probe pool starts a thread per run until it reaches its size (a few: one per probe,
      // plus one), even with idle ones around: warm it up with as many runs, so that what is
      // counted below is growth per request, not the pool filling up.
      Answer warmUp = null;
      for (int i = 0; i < 5; i++) {
        warmUp = Http.get(server.uri("/readyz"));
      }
      assertThat(warmUp.status()).as("warm-up: %s", warmUp.body()).isEqualTo(503);
      int threadsAfterWarmUp = ProbeThreadCount.now();

      List<Long> millis = new ArrayList<>();
      int maxThreads = 0;
      int maxConnections = 0;
      for (int i = 1; i <= 20; i++) {
        Answer answer = Http.get(server.uri("/readyz"));
        millis.add(answer.elapsed().toMillis());
        maxThreads = Math.max(maxThreads, ProbeThreadCount.now());
        maxConnections = Math.max(maxConnections, hole.openClientConnections());
        assertThat(answer.status()).as("request %d: %s", i, answer.body()).isEqualTo(503);
        assertThat(answer.body())
            .as("the probe's own generic answer, or the engine's when the deadline came first")
            .matches("db: could not connect to database|database: timed out after \\d+ ms");
        assertThat(answer.elapsed())
            .as("request %d against %s", i, hole)
            .isLessThanOrEqualTo(BOUND);
      }
      Answer verbose = Http.get(server.uri("/readyz?verbose"));
      System.out.printf(
          "time-to-503 %s %s (deadline %d ms): min %d, median %d, max %d ms; probe threads %d"
              + " after warm-up, max %d; open connections to the black hole max %d%n",
          engine(),
          kind,
          TIMEOUT.toMillis(),
          millis.stream().mapToLong(Long::longValue).min().orElseThrow(),
          millis.stream().sorted().toList().get(millis.size() / 2),
          millis.stream().mapToLong(Long::longValue).max().orElseThrow(),
          threadsAfterWarmUp,
          maxThreads,
          maxConnections);
      assertThat(verbose.body()).contains("[-]database failed: datasource 'main'");
      assertThat(maxThreads)
          .as("djk8s-probe-* threads: no growth")
          .isLessThanOrEqualTo(threadsAfterWarmUp + 1);
      assertThat(maxConnections)
          .as("connections to the black hole: one check in flight at most")
          .isLessThanOrEqualTo(1);
    }
  }

  @Test
  void wrongPasswordAnswers503WithNothingSecretInAnyBody() throws Exception {
    JdbcEndpoint wrong = wrongPassword(privateDatabase());
    assertThat(wrong.password()).isEqualTo(SECRET);
    try (EmbeddedServer server = server(wrong)) {
      Answer answer = Http.get(server.uri("/readyz"));
      Answer verbose = Http.get(server.uri("/readyz?verbose"));

      assertThat(answer.status()).as("body: %s", answer.body()).isEqualTo(503);
      assertThat(answer.body()).isEqualTo(DatabaseProbe.NOT_READY_CONTENT);
      assertThat(verbose.status()).isEqualTo(503);
      assertThat(verbose.body()).as("verbose names the datasource").contains("datasource 'main'");
      assertThat(answer.body() + verbose.body()).as("no secret in any body").doesNotContain(SECRET);
    }
  }
}
