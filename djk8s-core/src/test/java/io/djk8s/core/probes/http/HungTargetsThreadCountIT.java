package io.djk8s.core.probes.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.ProbeOrigin;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeEngine;
import io.djk8s.core.engine.ProbeOutcome;
import io.djk8s.core.engine.ProbeReport;
import io.djk8s.core.net.Dialer;
import io.djk8s.core.net.Resolver;
import io.djk8s.core.net.SafeUrl;
import io.djk8s.testing.Threads;
import io.djk8s.testing.Trickler;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;

/**
 * Ten minutes of probing once a second against two targets that never finish, a server that
 * trickles its answer a byte every 5 ms and a name whose DNS lookup hangs, leave no more djk8s
 * threads than the targets plus a small constant.
 *
 * <p>Why 600 back-to-back rounds of a 40 ms deadline stand for ten minutes at one probe a second:
 * threads pile up when a round starts while the work of earlier rounds is still stuck, so what
 * counts is how many rounds overlap work that never ends, not the seconds between them. Here that
 * work never ends at all (the lookup is released only when the test ends, and the trickler goes on
 * for as long as anyone listens), so every one of the 600 rounds overlaps everything the earlier
 * ones left behind, exactly as in ten real minutes with a deadline shorter than the period. The 5
 * ms trickle is well inside each read's timeout, so only the bound of the whole exchange can end a
 * round's HTTP exchange. The I/O is real (loopback sockets, the JDK's timeouts), which a fake clock
 * cannot drive, so the deadline is short and real instead.
 *
 * <p>The constant: the engine's 2 probe threads and the one resolver thread that the hung name
 * holds. Before the fix each round left a fan-out thread behind in the lookup (it ran on the
 * caller's thread, beyond any timeout) and in the trickled headers, about two threads a round.
 */
class HungTargetsThreadCountIT {

  private static final int ROUNDS = 600;
  private static final Duration TIMEOUT = Duration.ofMillis(40);
  private static final int TARGETS = 2;
  private static final int CONSTANT = 3;

  @Test
  void threadsStayAtTheTargetsPlusAConstantAfter600RoundsAgainstATricklerAndAHungLookup()
      throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Resolver resolver =
        new Resolver(
            host -> {
              if (!host.equals("dns-hangs.test")) {
                return InetAddress.getLoopbackAddress();
              }
              Threads.awaitUninterruptibly(
                  release); // as the JDK's lookup: no time-out, no interrupt
              throw new UnknownHostException(host);
            },
            4);
    Dialer plain = Dialer.plain(resolver);
    long baseline = Threads.named("djk8s-");
    try (Trickler trickler = Trickler.sending("HTTP/1.1 200 OK\r\nX: ", Duration.ofMillis(5));
        HttpProbe probe =
            new HttpProbe(
                List.of(
                    SafeUrl.parse("http://" + trickler.address() + "/slow").orElseThrow(),
                    SafeUrl.parse("http://dns-hangs.test:8080/hung").orElseThrow()),
                plain,
                Dialer.tls(plain, () -> (SSLSocketFactory) SSLSocketFactory.getDefault()));
        ProbeEngine engine = new ProbeEngine(TIMEOUT, 2)) {
      long peak = 0;
      String details = "";
      for (int round = 0; round < ROUNDS; round++) {
        ProbeReport report =
            engine.run(List.of(new NamedProbe("http", probe)), ProbeOrigin.HTTP, Duration.ZERO);
        assertThat(report.ready()).as("round %d is not ready", round).isFalse();
        details += report.outcomes().stream().map(ProbeOutcome::detail).findFirst().orElse("");
        peak = Math.max(peak, Threads.named("djk8s-") - baseline);
      }

      assertThat(peak)
          .as("djk8s threads beyond the baseline after %d rounds, at most", ROUNDS)
          .isLessThanOrEqualTo(TARGETS + CONSTANT);
      assertThat(trickler.accepted())
          .as("rounds whose exchange reached the trickler")
          .isGreaterThan(ROUNDS / 2);
      assertThat(details)
          .as("the probe's own reasons, not only the engine's time-out")
          .contains("/slow: answer incomplete within")
          .contains("/hung: DNS lookup timed out after");
    } finally {
      release.countDown();
      resolver.close();
    }
  }
}
