package io.djk8s.core.probes.memcached;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeOrigin;
import io.djk8s.core.net.Dialer;
import io.djk8s.core.net.HostPort;
import io.djk8s.testing.BlackHole;
import io.djk8s.testing.FakeServers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The probe over real sockets to misbehaving local servers: its own connect and read timeouts cut
 * each call short inside the deadline, and nodes are asked at once.
 */
class MemcachedProbeTest {

  private static final Duration TIMEOUT = Duration.ofMillis(300);

  private static MemcachedProbe probe(String... nodes) {
    List<HostPort> parsed =
        java.util.Arrays.stream(nodes).map(n -> HostPort.parse(n).get()).toList();
    return new MemcachedProbe(() -> new MemcachedProbe.Nodes(parsed, "test"), Dialer.PLAIN);
  }

  /** The fastest of three runs, each not ready, within the bound (the machine is shared). */
  private static NotReady notReady(MemcachedProbe probe, Duration bound) {
    NotReady fastest = null;
    Duration best = null;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      NotReady notReady =
          catchThrowableOfType(
              NotReady.class,
              () -> probe.ready(ProbeContext.startingNow(TIMEOUT, ProbeOrigin.HTTP)));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(notReady).as("the probe must report not ready").isNotNull();
      if (best == null || took.compareTo(best) < 0) {
        best = took;
        fastest = notReady;
      }
    }
    assertThat(best).as("time the probe itself took, bound %s", bound).isLessThan(bound);
    return fastest;
  }

  @Test
  void aNodeThatAcceptsAndNeverAnswersIsCutShortByTheReadTimeout() throws Exception {
    try (BlackHole silent = BlackHole.silent()) {
      MemcachedProbe probe = probe(silent.address());
      notReady(probe, Duration.ofSeconds(5)); // warm-up: class loading

      NotReady notReady = notReady(probe, TIMEOUT.plusMillis(100));

      assertThat(notReady.content()).isEqualTo(MemcachedProbe.NOT_READY_CONTENT);
      assertThat(notReady.detail())
          .as("the read timeout fired, not only the deadline")
          .contains(silent.address() + ": no answer within the");
    }
  }

  @Test
  void aNodeThatNeverAcceptsIsCutShortByTheConnectTimeout() throws Exception {
    try (BlackHole closed = BlackHole.neverAccepting()) {
      MemcachedProbe probe = probe(closed.address());
      notReady(probe, Duration.ofSeconds(5));

      NotReady notReady = notReady(probe, TIMEOUT.plusMillis(100));

      assertThat(notReady.detail())
          .as("connect timed out, or (kernel accepted the handshake) the read did")
          .containsAnyOf("connect timed out after", "no answer within the");
    }
  }

  @Test
  void nodesAreAskedAtOnceSoTwoHangingNodesCostOneTimeout() throws Exception {
    try (BlackHole one = BlackHole.silent();
        BlackHole two = BlackHole.silent();
        BlackHole three = BlackHole.silent()) {
      MemcachedProbe probe = probe(one.address(), two.address(), three.address());
      notReady(probe, Duration.ofSeconds(5));

      NotReady notReady = notReady(probe, TIMEOUT.plusMillis(100));

      assertThat(notReady.detail()).startsWith("3 of 3 memcached nodes failed");
    }
  }

  @Test
  void aServerAnsweringGarbageIsNotReadyWithTheAnswerQuoted() throws Exception {
    try (FakeServers garbage = FakeServers.answering("HELLO\u0007 WORLD\r\n")) {
      NotReady notReady = notReady(probe(garbage.address()), Duration.ofSeconds(5));

      assertThat(notReady.detail())
          .isEqualTo(
              "1 of 1 memcached node failed: "
                  + garbage.address()
                  + ": unexpected answer to 'version': 'HELLO? WORLD'; is it memcached?");
    }
  }

  @Test
  void aServerThatClosesAtOnceIsNotReady() throws Exception {
    try (FakeServers closing = FakeServers.closing()) {
      NotReady notReady = notReady(probe(closing.address()), Duration.ofSeconds(5));

      assertThat(notReady.detail()).contains("connection closed by the server");
    }
  }

  @Test
  void noNodeAtAllIsReady() {
    MemcachedProbe probe = probe();

    assertThatCode(() -> probe.ready(ProbeContext.startingNow(TIMEOUT, ProbeOrigin.HTTP)))
        .as("no memcached node configured or discovered")
        .doesNotThrowAnyException();
  }
}
