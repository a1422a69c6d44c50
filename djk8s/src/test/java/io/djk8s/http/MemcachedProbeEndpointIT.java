package io.djk8s.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.probes.memcached.MemcachedProbe;
import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.BlackHole;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.FakeServers;
import io.djk8s.testing.Http;
import io.djk8s.testing.Http.Answer;
import io.djk8s.testing.LogCapture;
import io.djk8s.testing.ServerProcess;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** {@code /readyz} against real memcached servers started by the test, and misbehaving ones. */
class MemcachedProbeEndpointIT {

  private static final Set<Class<?>> FILTER = Set.of(ProbeRequestFilter.class);
  private static final Duration DEADLINE = Duration.ofMillis(500);

  private static Map<String, String> config(String servers) {
    return Map.of(
        "djk8s.readiness.probes",
        "memcached",
        "djk8s.memcached.servers",
        servers,
        "djk8s.probe.timeout",
        DEADLINE.toMillis() + "ms",
        "djk8s.details",
        "always");
  }

  private static Answer awaitStatus(EmbeddedServer server, String path, int status)
      throws Exception {
    return Awaitility.await(path + " answering " + status)
        .atMost(Duration.ofSeconds(10))
        .until(() -> Http.get(server.uri(path)), answer -> answer.status() == status);
  }

  @Test
  void readyzAnswers503WhenOneOfTwoMemcachedNodesIsDownAnd200WhenItIsBack() throws Exception {
    try (ServerProcess first = ServerProcess.memcached();
        ServerProcess second = ServerProcess.memcached();
        EmbeddedServer server =
            EmbeddedServer.start(FILTER, config(first.address() + "," + second.address()))) {
      Answer up = Http.get(server.uri("/readyz"));
      assertThat(up.status()).as("both nodes up: %s", up.body()).isEqualTo(200);
      assertThat(up.body()).isEqualTo("Ok");
      assertThat(Http.get(server.uri("/readyz?verbose")).body())
          .as("nodes were checked: no note")
          .contains("[+]memcached ok\n");

      second.stop();
      Answer down = Http.get(server.uri("/readyz"));
      Answer verbose = Http.get(server.uri("/readyz?verbose"));

      assertThat(down.status()).as("one node killed").isEqualTo(503);
      assertThat(down.body()).isEqualTo(MemcachedProbe.NOT_READY_CONTENT);
      assertThat(down.elapsed()).as("answer time with a node down").isLessThan(DEADLINE);
      assertThat(verbose.body())
          .as("verbose names the dead node only")
          .contains("[-]memcached failed: 1 of 2 memcached nodes failed: " + second.address())
          .contains("connection refused")
          .doesNotContain(first.address());

      second.start();
      Answer back = awaitStatus(server, "/readyz", 200);
      assertThat(back.status()).as("node restarted: %s", back.body()).isEqualTo(200);
    }
  }

  @Test
  void readyzAnswers503WithinTheDeadlineWhenANodeAcceptsAndNeverAnswers() throws Exception {
    try (ServerProcess memcached = ServerProcess.memcached();
        BlackHole silent = BlackHole.silent();
        BlackHole neverAccepting = BlackHole.neverAccepting();
        EmbeddedServer server =
            EmbeddedServer.start(
                FILTER,
                config(
                    memcached.address()
                        + ","
                        + silent.address()
                        + ","
                        + neverAccepting.address()))) {
      Http.get(server.uri("/readyz")); // warm-up

      Answer answer = Http.fastestOf(3, server.uri("/readyz"));
      Answer verbose = Http.fastestOf(3, server.uri("/readyz?verbose"));

      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.elapsed())
          .as("answer time with two black holes")
          .isLessThan(DEADLINE.plusMillis(100));
      assertThat(verbose.elapsed()).isLessThan(DEADLINE.plusMillis(100));
      assertThat(verbose.body())
          .as("the probe's own timeouts fired before the engine's deadline")
          .contains("2 of 3 memcached nodes failed")
          .contains(silent.address() + ": no answer within the")
          .contains(neverAccepting.address() + ": ")
          .doesNotContain("timed out after " + DEADLINE.toMillis() + " ms");
    }
  }

  @Test
  void aServerAnsweringGarbageIsNotReadyWithAClearLogLine() throws Exception {
    try (ServerProcess memcached = ServerProcess.memcached();
        FakeServers garbage = FakeServers.answering("HTTP/1.1 400 Bad Request\r\n\r\n");
        LogCapture log = LogCapture.start();
        EmbeddedServer server =
            EmbeddedServer.start(FILTER, config(memcached.address() + "," + garbage.address()))) {
      Answer answer = Http.get(server.uri("/readyz"));

      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.body()).isEqualTo(MemcachedProbe.NOT_READY_CONTENT);
      String expected =
          "WARNING djk8s: probe 'memcached' is not ready: 1 of 2 memcached nodes failed: "
              + garbage.address()
              + ": unexpected answer to 'version': 'HTTP/1.1 400 Bad Request'; is it memcached?";
      assertThat(log.awaitLine(expected)).as("log").contains(expected);
    }
  }

  @Test
  void withNoMemcachedConfiguredTheDefaultProbesPassAndTheLogSaysNothingWasChecked()
      throws Exception {
    try (LogCapture log = LogCapture.start();
        EmbeddedServer server = EmbeddedServer.start(FILTER, Map.of())) {
      Answer verbose = Http.get(server.uri("/readyz?verbose"));

      assertThat(verbose.status()).isEqualTo(200);
      assertThat(verbose.body())
          .contains(
              "[+]database ok\n",
              "[+]memcached ok: no memcached server configured, nothing checked\n");
      assertThat(log.text())
          .contains(
              "djk8s: memcached probe found no memcached server (djk8s.memcached.servers is"
                  + " empty and no spymemcached client bean was found); it checks nothing");
    }
  }
}
