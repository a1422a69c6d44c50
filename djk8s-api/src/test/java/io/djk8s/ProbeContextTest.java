package io.djk8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProbeContextTest {

  @Test
  void remainingNeverExceedsTheTimeoutAndCountsDown() {
    AtomicLong clock = new AtomicLong(7_000_000_000L);
    ProbeContext context =
        ProbeContext.startingNow(Duration.ofMillis(500), ProbeOrigin.CLI, clock::get);
    Duration first = context.remaining();
    clock.addAndGet(Duration.ofMillis(20).toNanos());

    assertThat(first).as("remaining at the start").isEqualTo(Duration.ofMillis(500));
    assertThat(context.remaining()).as("remaining 20 ms later").isEqualTo(Duration.ofMillis(480));
    assertThat(context.expired()).isFalse();
    assertThat(context.origin()).isEqualTo(ProbeOrigin.CLI);
    assertThat(context.timeout()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void remainingSecondsRoundUpAndNeverReachZeroWhichJdbcReadsAsNoLimit() {
    assertThat(
            ProbeContext.startingNow(Duration.ofMillis(800), ProbeOrigin.HTTP)
                .remainingSecondsAtLeastOne())
        .isEqualTo(1);
    assertThat(
            ProbeContext.startingNow(Duration.ofMillis(2500), ProbeOrigin.HTTP)
                .remainingSecondsAtLeastOne())
        .isEqualTo(3);
    AtomicLong clock = new AtomicLong();
    ProbeContext expired =
        ProbeContext.startingNow(Duration.ofMillis(1), ProbeOrigin.HTTP, clock::get);
    clock.addAndGet(Duration.ofMillis(5).toNanos());
    assertThat(expired.expired()).isTrue();
    assertThat(expired.remaining()).isEqualTo(Duration.ZERO);
    assertThat(expired.remainingSecondsAtLeastOne()).isEqualTo(1);
  }

  @Test
  void rejectsANonPositiveTimeout() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ProbeContext.startingNow(Duration.ZERO, ProbeOrigin.HTTP));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ProbeContext.startingNow(Duration.ofMillis(-1), ProbeOrigin.HTTP));
  }
}
