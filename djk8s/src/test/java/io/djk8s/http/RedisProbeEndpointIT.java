package io.djk8s.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.probes.redis.RedisProbe;
import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.BlackHole;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.Http;
import io.djk8s.testing.Http.Answer;
import io.djk8s.testing.LogCapture;
import io.djk8s.testing.ServerProcess;
import io.djk8s.testing.Services;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code /readyz} with the redis probe: the machine's shared Redis (PING only), a black hole, and a
 * private password-protected redis-server started by the test.
 */
class RedisProbeEndpointIT {

  private static final Set<Class<?>> FILTER = Set.of(ProbeRequestFilter.class);
  private static final Duration DEADLINE = Duration.ofMillis(500);
  private static final String PASSWORD = "s3cret-Pa55-word";

  private static Map<String, String> config(String servers, String... more) {
    Map<String, String> config = new HashMap<>();
    config.put("djk8s.readiness.probes", "redis");
    config.put("djk8s.redis.servers", servers);
    config.put("djk8s.probe.timeout", DEADLINE.toMillis() + "ms");
    config.put("djk8s.details", "always");
    for (int i = 0; i < more.length; i += 2) {
      config.put(more[i], more[i + 1]);
    }
    return config;
  }

  private static String sharedRedis() {
    String address = Services.setting("djk8s.test.redis.address").orElse("127.0.0.1:6379");
    int colon = address.lastIndexOf(':');
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(
              address.substring(0, colon), Integer.parseInt(address.substring(colon + 1))),
          1_000);
    } catch (IOException e) {
      Services.missing("Redis (" + address + "; set djk8s.test.redis.address)");
    }
    return address;
  }

  @Test
  void readyzIs200WhenTheMachinesRedisAnswersPing() throws Exception {
    try (EmbeddedServer server = EmbeddedServer.start(FILTER, config(sharedRedis()))) {
      Answer answer = Http.get(server.uri("/readyz?verbose"));

      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      assertThat(answer.body()).contains("[+]redis ok");
    }
  }

  @Test
  void readyzAnswers503WithinTheDeadlineWhenARedisAcceptsAndNeverAnswers() throws Exception {
    try (BlackHole silent = BlackHole.silent();
        EmbeddedServer server =
            EmbeddedServer.start(FILTER, config(sharedRedis() + "," + silent.address()))) {
      Http.get(server.uri("/readyz")); // warm-up

      Answer answer = Http.fastestOf(3, server.uri("/readyz?verbose"));

      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.elapsed()).isLessThan(DEADLINE.plusMillis(100));
      assertThat(answer.body())
          .contains("[-]redis failed: 1 of 2 redis servers failed: " + silent.address())
          .contains("no answer within the");
    }
  }

  @Test
  void authWithThePasswordIsReadyAndAStoppedServerRecovers() throws Exception {
    try (ServerProcess redis = ServerProcess.redisWithPassword(PASSWORD);
        LogCapture log = LogCapture.start();
        EmbeddedServer server =
            EmbeddedServer.start(
                FILTER, config(redis.address(), "djk8s.redis.password", PASSWORD))) {
      assertThat(Http.get(server.uri("/readyz")).status()).as("AUTH then PING").isEqualTo(200);

      redis.stop();
      Answer down = Http.get(server.uri("/readyz?verbose"));
      assertThat(down.status()).isEqualTo(503);
      assertThat(down.body()).contains("connection refused");

      redis.start();
      assertThat(Http.get(server.uri("/readyz")).status()).as("restarted").isEqualTo(200);
      assertThat(log.text()).doesNotContain(PASSWORD);
    }
  }

  @Test
  void aWrongPasswordIsNotReadyAndTheSecretIsInNoBodyAndNoLogLine() throws Exception {
    String wrong = "wrong-" + PASSWORD;
    try (ServerProcess redis = ServerProcess.redisWithPassword(PASSWORD);
        LogCapture log = LogCapture.start();
        EmbeddedServer server =
            EmbeddedServer.start(
                FILTER,
                config(
                    redis.address(),
                    "djk8s.redis.password",
                    wrong,
                    "djk8s.redis.username",
                    "default"))) {
      Answer plain = Http.get(server.uri("/readyz"));
      Answer verbose = Http.get(server.uri("/readyz?verbose"));

      assertThat(plain.status()).isEqualTo(503);
      assertThat(plain.body()).isEqualTo(RedisProbe.NOT_READY_CONTENT);
      assertThat(verbose.body()).contains("AUTH was refused");
      assertThat(plain.body() + verbose.body() + log.awaitText("AUTH was refused"))
          .as("bodies and log")
          .doesNotContain(wrong)
          .doesNotContain(PASSWORD);
    }
  }

  @Test
  void noPasswordAgainstAProtectedServerSaysWhichKeyIsMissing() throws Exception {
    try (ServerProcess redis = ServerProcess.redisWithPassword(PASSWORD);
        LogCapture log = LogCapture.start();
        EmbeddedServer server = EmbeddedServer.start(FILTER, config(redis.address()))) {
      Answer answer = Http.get(server.uri("/readyz?verbose"));

      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.body()).contains("requires a password (set djk8s.redis.password)");
      assertThat(log.awaitText("requires a password"))
          .contains("requires a password")
          .doesNotContain(PASSWORD);
    }
  }
}
