package io.djk8s.core.probes.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeOrigin;
import io.djk8s.core.net.Dialer;
import io.djk8s.core.net.SafeUrl;
import io.djk8s.testing.Trickler;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One deadline bounds the whole HTTP exchange (connect, request, status line and headers), against
 * real local servers that trickle their answer one byte every 100 ms: each read returns in time, so
 * only a bound on the whole exchange cuts them short.
 */
class HttpProbeDeadlineTest {

  private static final Duration TIMEOUT = Duration.ofMillis(500);
  private static final Duration PAUSE = Duration.ofMillis(100);

  private static HttpProbe probe(String url) {
    return new HttpProbe(List.of(SafeUrl.parse(url).orElseThrow()), Dialer.PLAIN, Dialer.TLS);
  }

  /** Runs the probe once, failing (not hanging) when it overruns the bound. */
  private static NotReady notReadyWithin(HttpProbe probe, Duration bound) {
    long start = System.nanoTime();
    NotReady notReady =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () ->
                catchThrowableOfType(
                    NotReady.class,
                    () -> probe.ready(ProbeContext.startingNow(TIMEOUT, ProbeOrigin.HTTP))),
            "the probe must end by its deadline, not when the server stops trickling");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(notReady).as("a trickling server is not ready").isNotNull();
    assertThat(took).as("time the probe took, deadline %s", TIMEOUT).isLessThan(bound);
    return notReady;
  }

  @Test
  void aServerThatTricklesItsHeadersForeverIsCutAtTheDeadline() throws Exception {
    // The status line, then header lines without end: "X: HTTP/1.1 200 OK", ...
    try (Trickler trickler = Trickler.sending("HTTP/1.1 200 OK\r\nX: ", PAUSE);
        HttpProbe probe = probe("http://" + trickler.address() + "/health")) {
      notReadyWithin(probe, Duration.ofSeconds(5)); // warm-up: class loading

      NotReady notReady = notReadyWithin(probe, TIMEOUT.plusMillis(150));

      assertThat(notReady.detail())
          .as("the probe says what was cut short")
          .contains("/health: answer incomplete within");
    }
  }

  @Test
  void aServerThatTricklesItsStatusLineIsCutAtTheDeadline() throws Exception {
    try (Trickler trickler = Trickler.sending("HTTP/1.1 200 OK, eventually\r\n", PAUSE);
        HttpProbe probe = probe("http://" + trickler.address() + "/")) {
      notReadyWithin(probe, Duration.ofSeconds(5));

      NotReady notReady = notReadyWithin(probe, TIMEOUT.plusMillis(150));

      assertThat(notReady.detail()).contains("answer incomplete within");
    }
  }
}
