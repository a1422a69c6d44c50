package io.djk8s.core.probes.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeOrigin;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The database probe with fake datasources and checks: concurrency, single-flight, verdicts. */
class DatabaseProbeTest {

  private static final Duration TIMEOUT = Duration.ofMillis(300);

  private static NamedDataSource named(String name) {
    return new NamedDataSource(name, new UrlDataSource("jdbc:test:" + name, null, null));
  }

  private static ProbeContext context() {
    return ProbeContext.startingNow(TIMEOUT, ProbeOrigin.HTTP);
  }

  @Test
  void readyWithoutAnyDataSourceAndChecksNothing() {
    AtomicInteger checks = new AtomicInteger();
    DatabaseProbe probe =
        new DatabaseProbe(List::of, List.of(), (ds, deadline) -> checks.incrementAndGet());

    assertThatCode(() -> probe.ready(context()))
        .as("no DataSource: nothing to be unready about")
        .doesNotThrowAnyException();
    assertThat(checks).as("checks run without a DataSource").hasValue(0);
  }

  @Test
  void notReadyNamesEachFailingDataSourceAndTheOnesThatPassedWithAGenericBody() {
    DatabaseProbe probe =
        new DatabaseProbe(
            () -> List.of(named("orders"), named("audit"), named("cache")),
            List.of(),
            (ds, deadline) -> {
              if (!ds.name().equals("audit")) {
                throw new SQLException("Connection to " + ds.name() + " refused");
              }
            });

    // Checks that fail at once: a deadline a loaded machine cannot miss, since timing is not the
    // subject here.
    ProbeContext generous = ProbeContext.startingNow(Duration.ofSeconds(10), ProbeOrigin.HTTP);
    assertThatThrownBy(() -> probe.ready(generous))
        .isInstanceOf(NotReady.class)
        .satisfies(
            e -> {
              NotReady notReady = (NotReady) e;
              assertThat(notReady.content()).isEqualTo(DatabaseProbe.NOT_READY_CONTENT);
              assertThat(notReady.status()).isEqualTo(503);
              assertThat(notReady.detail())
                  .isEqualTo(
                      "datasource 'orders': Connection to orders refused; datasource 'cache':"
                          + " Connection to cache refused; ok: 'audit'");
            });
  }

  @Test
  void aSelectedNameThatMatchesNoDataSourceIsNotReady() {
    DatabaseProbe probe =
        new DatabaseProbe(() -> List.of(named("orders")), List.of("ordrs"), (ds, deadline) -> {});

    assertThatThrownBy(() -> probe.ready(context()))
        .isInstanceOf(NotReady.class)
        .hasMessage("datasource 'ordrs' (djk8s.database.names) was not found");
  }

  @Test
  void hangingDataSourcesAreCheckedAtOnceAndTheAnswerComesBeforeTheDeadline() {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    DatabaseProbe probe =
        new DatabaseProbe(
            () -> List.of(named("a"), named("b"), named("good")),
            List.of(),
            (ds, deadline) -> {
              started.incrementAndGet();
              if (!ds.name().equals("good")) {
                release.await();
              }
            });
    try {
      long start = System.nanoTime();
      assertThatThrownBy(() -> probe.ready(context()))
          .isInstanceOf(NotReady.class)
          .hasMessageContaining("datasource 'a': no answer within the probe deadline")
          .hasMessageContaining("datasource 'b': no answer within the probe deadline")
          .hasMessageContaining("ok: 'good'");
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

      assertThat(elapsed).as("two hanging datasources, one deadline").isLessThan(TIMEOUT);
      assertThat(started).as("checks started").hasValue(3);
    } finally {
      release.countDown();
      probe.close();
    }
  }

  @Test
  void aCheckStillInFlightIsJoinedNotDuplicated() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    DatabaseProbe probe =
        new DatabaseProbe(
            () -> List.of(named("stuck")),
            List.of(),
            (ds, deadline) -> {
              started.incrementAndGet();
              release.await();
            });
    try {
      for (int i = 0; i < 5; i++) {
        assertThatThrownBy(() -> probe.ready(context())).isInstanceOf(NotReady.class);
      }
      assertThat(started).as("checks started while one hangs").hasValue(1);

      release.countDown();
      await("ready once the hanging check ended")
          .atMost(Duration.ofSeconds(5))
          .pollInterval(Duration.ofMillis(5))
          .ignoreException(NotReady.class)
          .until(
              () -> {
                probe.ready(context());
                return true;
              });
      int before = started.get();
      probe.ready(context());
      assertThat(started).as("a finished check is not reused").hasValue(before + 1);
    } finally {
      probe.close();
    }
  }
}
