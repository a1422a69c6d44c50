package io.djk8s.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.ProbeContext;
import io.djk8s.ProbeOrigin;
import io.djk8s.testing.Threads;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fan-out's threads stay bounded when checks hang past their deadline: a target whose check is
 * still running is joined, not checked again, and no more than the cap run at once.
 */
class FanoutTest {

  private static final Duration TIMEOUT = Duration.ofMillis(30);

  private final CountDownLatch release = new CountDownLatch(1);
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

  /**
   * Hangs on targets named {@code hung*} until the test ends, deaf to interrupts, passes on the
   * others.
   */
  private void check(String target) {
    calls.computeIfAbsent(target, t -> new AtomicInteger()).incrementAndGet();
    if (target.startsWith("hung")) {
      Threads.awaitUninterruptibly(release); // as a blocking socket read: deaf to interrupts
    }
  }

  @AfterEach
  void releaseTheHungChecks() {
    release.countDown();
  }

  private static IoDeadline deadline() {
    return IoDeadline.of(ProbeContext.startingNow(TIMEOUT, ProbeOrigin.HTTP));
  }

  @Test
  void aTargetWhoseCheckStillRunsIsJoinedNotCheckedAgain() {
    try (Fanout fanout = new Fanout("djk8s-fanout-join")) {
      Map<String, String> failures = Map.of();
      for (int round = 0; round < 50; round++) {
        failures = fanout.failures(List.of("hung", "fine"), this::check, deadline());
      }

      assertThat(failures).containsOnlyKeys("hung");
      assertThat(failures.get("hung")).isEqualTo("no result before the probe's deadline");
      assertThat(calls.get("hung")).as("checks started on the hung target").hasValue(1);
      assertThat(calls.get("fine")).as("the other target is checked every run").hasValue(50);
      assertThat(Threads.named("djk8s-fanout-join-")).as("threads after 50 runs").isLessThan(3);
    }
  }

  @Test
  void noMoreThanTheCapRunAtOnceAndTheRestFailAtTheDeadline() {
    List<String> targets = IntStream.range(0, 20).mapToObj(i -> "hung-" + i).toList();
    try (Fanout fanout = new Fanout("djk8s-fanout-cap", 4)) {
      Map<String, String> failures = fanout.failures(targets, this::check, deadline());

      assertThat(failures).hasSize(20);
      assertThat(Threads.named("djk8s-fanout-cap-")).as("threads of 20 hung targets").isEqualTo(4);
    }
  }
}
