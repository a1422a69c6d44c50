package io.djk8s.core.probes.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A check that never ends (a driver without I/O timeouts on a half-open connection) is left to its
 * thread after {@link DataSourceChecks#STUCK_AFTER}, so the datasource can be ready again once the
 * database is back; the stuck checks left running are bounded. The clock that dates the checks is
 * the test's.
 */
class DataSourceChecksStuckTest {

  private static final List<NamedDataSource> ORDERS =
      List.of(new NamedDataSource("orders", new UrlDataSource("jdbc:none:", null, null)));

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final CountDownLatch hung = new CountDownLatch(1);
  private final AtomicInteger started = new AtomicInteger();

  @AfterEach
  void release() {
    hung.countDown();
  }

  /** Runs once with a short wait: the result of the check the run joined or started. */
  private static CheckResult run(DataSourceChecks checks, Duration wait) {
    long until = System.nanoTime() + wait.toNanos();
    return checks.run(ORDERS, until, until).get(0);
  }

  private void advance(Duration by) {
    now.addAndGet(by.toNanos());
  }

  @Test
  void aCheckRunningPastStuckAfterIsLeftAndTheNextRunChecksAgain() {
    // the first check hangs for good, every later one answers at once
    DataSourceCheck check =
        (dataSource, deadline) -> {
          if (started.incrementAndGet() == 1) {
            hung.await();
          }
        };
    try (DataSourceChecks checks = new DataSourceChecks("database", check, now::get)) {
      assertThat(run(checks, Duration.ofMillis(50)).ok()).as("the hung check").isFalse();
      advance(DataSourceChecks.STUCK_AFTER.minusMillis(1));
      assertThat(run(checks, Duration.ofMillis(50)).ok()).as("joined the hung check").isFalse();
      assertThat(started).as("checks started before stuck-after").hasValue(1);

      advance(Duration.ofMillis(1));
      CheckResult next = run(checks, Duration.ofSeconds(5));

      assertThat(next.ok()).as("a new check, the database answering again").isTrue();
      assertThat(started).hasValue(2);
    }
  }

  @Test
  void eachFurtherStuckCheckWaitsTwiceAsLongAndAtMostMaxStuckAreLeftRunning() {
    DataSourceCheck check =
        (dataSource, deadline) -> {
          started.incrementAndGet();
          hung.await();
        };
    try (DataSourceChecks checks = new DataSourceChecks("database", check, now::get)) {
      run(checks, Duration.ofMillis(20));
      assertThat(started).hasValue(1);
      for (int left = 0; left < DataSourceChecks.MAX_STUCK; left++) {
        Duration after = DataSourceChecks.STUCK_AFTER.multipliedBy(1L << left);
        advance(after.minusMillis(1));
        run(checks, Duration.ofMillis(20));
        assertThat(started).as("%d left running, %s not yet past", left, after).hasValue(left + 1);
        advance(Duration.ofMillis(1));
        run(checks, Duration.ofMillis(20));
        assertThat(started).as("%d left running, %s past", left, after).hasValue(left + 2);
      }

      advance(Duration.ofDays(365));
      run(checks, Duration.ofMillis(20));

      assertThat(started)
          .as("with %d stuck checks left running, runs join the newest", DataSourceChecks.MAX_STUCK)
          .hasValue(DataSourceChecks.MAX_STUCK + 1);
    }
  }

  @Test
  void aStuckCheckThatEndsAtLastFreesItsPlace() {
    CountDownLatch first = new CountDownLatch(1);
    DataSourceCheck check =
        (dataSource, deadline) -> {
          if (started.incrementAndGet() == 1) {
            first.await();
          } else {
            hung.await();
          }
        };
    try (DataSourceChecks checks = new DataSourceChecks("database", check, now::get)) {
      run(checks, Duration.ofMillis(20));
      advance(DataSourceChecks.STUCK_AFTER);
      run(checks, Duration.ofMillis(20)); // the first is left running; the second hangs
      assertThat(started).hasValue(2);
      advance(DataSourceChecks.STUCK_AFTER);
      run(checks, Duration.ofMillis(20));
      assertThat(started).as("with one left running, the second is stuck after twice").hasValue(2);

      first.countDown(); // the first ends at last
      await().atMost(Duration.ofSeconds(5)).until(() -> checks.leftRunning("orders") == 0);
      run(checks, Duration.ofMillis(20));

      assertThat(started)
          .as("with none left running, the second is stuck after STUCK_AFTER again")
          .hasValue(3);
    }
  }
}
