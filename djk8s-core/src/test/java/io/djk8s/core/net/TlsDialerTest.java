package io.djk8s.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.djk8s.testing.BlackHole;
import io.djk8s.testing.Trickler;
import java.net.SocketTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TLS handshake ends by the connection's deadline, whether the server sends nothing or trickles
 * a TLS record a byte at a time (each read then returns in time: only closing the connection at the
 * deadline ends it).
 */
class TlsDialerTest {

  private static final Duration TIMEOUT = Duration.ofMillis(400);
  private static final Dialer TLS =
      Dialer.tls(Dialer.PLAIN, () -> (SSLSocketFactory) SSLSocketFactory.getDefault());

  private static SocketTimeoutException handshakeAgainst(String address) {
    HostPort target = HostPort.parse(address).orElseThrow();
    long start = System.nanoTime();
    SocketTimeoutException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () ->
                catchThrowableOfType(
                    SocketTimeoutException.class, () -> TLS.connect(target, TIMEOUT).close()),
            "the handshake must end by its deadline");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(e).as("a time-out").isNotNull();
    assertThat(took).as("handshake time, deadline %s", TIMEOUT).isLessThan(TIMEOUT.plusMillis(200));
    return e;
  }

  @BeforeAll
  static void warmUp() throws Exception {
    try (BlackHole silent = BlackHole.silent()) {
      HostPort target = HostPort.parse(silent.address()).orElseThrow();
      // the default SSL context loads here: not part of any bound
      catchThrowableOfType(
          SocketTimeoutException.class, () -> TLS.connect(target, TIMEOUT).close());
    }
  }

  @Test
  void aServerThatNeverAnswersTheHandshakeIsCutAtTheDeadline() throws Exception {
    try (BlackHole silent = BlackHole.silent()) {
      assertThat(handshakeAgainst(silent.address()).getMessage())
          .isEqualTo("TLS handshake not done within the 400 ms left");
    }
  }

  @Test
  void aServerThatTricklesAHandshakeRecordIsCutAtTheDeadline() throws Exception {
    // A handshake record header announcing 16 KiB, then its body a byte every 20 ms.
    try (Trickler trickler =
        Trickler.sending(
            "\u0016\u0003\u0003\u0040\u0000" + "\u0002".repeat(16_384), Duration.ofMillis(20))) {
      assertThat(handshakeAgainst(trickler.address()).getMessage())
          .isEqualTo("TLS handshake not done within the 400 ms left");
    }
  }
}
