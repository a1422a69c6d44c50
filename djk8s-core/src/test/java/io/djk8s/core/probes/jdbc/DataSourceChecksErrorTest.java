package io.djk8s.core.probes.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A datasource check that dies on an Error is finished and tried again on the next run. */
class DataSourceChecksErrorTest {

  private static long in(Duration duration) {
    return System.nanoTime() + duration.toNanos();
  }

  @Test
  void aCheckThatThrowsAnErrorFailsOnceAndIsRetriedOnTheNextRun() {
    AtomicInteger calls = new AtomicInteger();
    DataSourceCheck check =
        (dataSource, deadline) -> {
          if (calls.incrementAndGet() == 1) {
            throw new AssertionError("driver assertion");
          }
        };
    List<NamedDataSource> one =
        List.of(new NamedDataSource("orders", new UrlDataSource("jdbc:none:", null, null)));
    try (DataSourceChecks checks = new DataSourceChecks("database", check)) {
      CheckResult first =
          checks.run(one, in(Duration.ofSeconds(5)), in(Duration.ofSeconds(5))).get(0);
      CheckResult second =
          checks.run(one, in(Duration.ofSeconds(5)), in(Duration.ofSeconds(5))).get(0);

      assertThat(first.ok()).as("the Error failed the first check").isFalse();
      assertThat(first.reason()).contains(AssertionError.class.getName());
      assertThat(second.ok())
          .as("the next run checked again instead of joining a dead one")
          .isTrue();
      assertThat(calls).hasValue(2);
    }
  }
}
