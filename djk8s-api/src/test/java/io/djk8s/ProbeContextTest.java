package io.djk8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProbeContextTest {

  @Test
  void remainingNeverExceedsTheTimeoutAndCountsDown() throws InterruptedException {
    ProbeContext context = ProbeContext.startingNow(Duration.ofMillis(500), ProbeOrigin.CLI);
    Duration first = context.remaining();
    Thread.sleep(20);

    assertThat(first).isLessThanOrEqualTo(Duration.ofMillis(500));
    assertThat(context.remaining()).isLessThan(first);
    assertThat(context.expired()).isFalse();
    assertThat(context.origin()).isEqualTo(ProbeOrigin.CLI);
    assertThat(context.timeout()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void remainingSecondsRoundUpAndNeverReachZeroWhichJdbcReadsAsNoLimit()
      throws InterruptedException {
    assertThat(
            ProbeContext.startingNow(Duration.ofMillis(800), ProbeOrigin.HTTP)
                .remainingSecondsAtLeastOne())
        .isEqualTo(1);
    assertThat(
            ProbeContext.startingNow(Duration.ofMillis(2500), ProbeOrigin.HTTP)
                .remainingSecondsAtLeastOne())
        .isEqualTo(3);
    ProbeContext expired = ProbeContext.startingNow(Duration.ofMillis(1), ProbeOrigin.HTTP);
    Thread.sleep(5);
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
