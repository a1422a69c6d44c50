package io.djk8s.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.Http;
import io.djk8s.testing.Http.Answer;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The disk, load and deadlock probes in a running application, on the real JVM and OS. */
class BuiltInSystemProbesEndpointTest {

  private static final Set<Class<?>> FILTER = Set.of(ProbeRequestFilter.class);

  @Test
  void diskAndLoadReadTheRealSystem() throws Exception {
    String tmp = System.getProperty("java.io.tmpdir");
    Map<String, String> relaxed =
        Map.of(
            "djk8s.readiness.probes", "disk,load",
            "djk8s.disk.paths", tmp,
            "djk8s.disk.min-free", "1B",
            "djk8s.load.max-per-cpu", "10000%",
            "djk8s.details", "always");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER, relaxed)) {
      Answer answer = Http.get(server.uri("/readyz?verbose"));
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      assertThat(answer.body()).contains("[+]disk ok", "[+]load ok");
    }
    Map<String, String> strict =
        Map.of(
            "djk8s.readiness.probes", "disk",
            "djk8s.disk.paths", tmp,
            "djk8s.disk.min-free", "100%",
            "djk8s.details", "always");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER, strict)) {
      Answer answer = Http.get(server.uri("/readyz?verbose"));
      assertThat(answer.status()).as(answer.body()).isEqualTo(503);
      assertThat(answer.body()).contains("[-]disk failed: " + tmp, "below the minimum 100%");
    }
  }

  @Test
  void livezFailsWhileTwoThreadsAreDeadlockedAndRecoversWhenTheDeadlockIsBroken() throws Exception {
    Map<String, String> config =
        Map.of("djk8s.liveness.probes", "deadlock", "djk8s.details", "always");
    try (EmbeddedServer server = EmbeddedServer.start(FILTER, config)) {
      assertThat(Http.get(server.uri("/livez")).status()).as("no deadlock").isEqualTo(200);

      ReentrantLock first = new ReentrantLock();
      ReentrantLock second = new ReentrantLock();
      CountDownLatch bothHeld = new CountDownLatch(2);
      Thread a = lockBoth("djk8s-test-a", first, second, bothHeld);
      Thread b = lockBoth("djk8s-test-b", second, first, bothHeld);
      try {
        assertThat(bothHeld.await(5, TimeUnit.SECONDS)).isTrue();
        Answer dead =
            Awaitility.await("livez failing once both threads block")
                .atMost(Duration.ofSeconds(5))
                .until(
                    () -> Http.get(server.uri("/livez?verbose")), answer -> answer.status() != 200);
        assertThat(dead.status()).as(dead.body()).isEqualTo(503);
        assertThat(dead.body())
            .contains("[-]deadlock failed: 2 deadlocked threads")
            .contains("'djk8s-test-a' waits for")
            .contains("held by 'djk8s-test-b'");
        assertThat(Http.get(server.uri("/readyz")).status())
            .as("readiness does not run liveness probes")
            .isEqualTo(200);
      } finally {
        a.interrupt();
        b.interrupt();
        a.join(5_000);
        b.join(5_000);
      }
      assertThat(Http.get(server.uri("/livez")).status()).as("deadlock broken").isEqualTo(200);
    }
  }

  private static Thread lockBoth(
      String name, ReentrantLock first, ReentrantLock second, CountDownLatch bothHeld) {
    Thread thread =
        new Thread(
            () -> {
              try {
                first.lockInterruptibly();
                try {
                  bothHeld.countDown();
                  bothHeld.await();
                  second.lockInterruptibly();
                  second.unlock();
                } finally {
                  first.unlock();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
