package io.djk8s.impl.probes.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeOrigin;
import io.djk8s.impl.probe.NamedProbe;
import io.djk8s.impl.probe.ProbeEngine;
import io.djk8s.impl.probe.ProbeOutcome;
import io.djk8s.impl.testing.JdbcEndpoint;
import io.djk8s.impl.testing.Services;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The database probe against real databases: PostgreSQL, MariaDB and embedded H2. */
class DatabaseProbeTest {

  private static final ProbeContext CONTEXT =
      ProbeContext.startingNow(Duration.ofSeconds(5), ProbeOrigin.HTTP);

  private static NamedDataSource named(String name, JdbcEndpoint endpoint) {
    return new NamedDataSource(
        name, new UrlDataSource(endpoint.url(), endpoint.user(), endpoint.password()));
  }

  private static NamedDataSource named(String name, String url) {
    return new NamedDataSource(name, new UrlDataSource(url, null, null));
  }

  @Test
  void readyWhenEveryDatasourceAnswers() {
    DatabaseProbe probe =
        new DatabaseProbe(
            () ->
                List.of(
                    named("h2", "jdbc:h2:mem:probe-test"),
                    named("postgres", Services.postgres()),
                    named("mariadb", Services.mariadb())));

    assertThatNoException().isThrownBy(() -> probe.ready(CONTEXT));
  }

  @Test
  void oneDatasourceDownIsNotReadyWithAGenericBodyAndTheNameInTheDetail() {
    DatabaseProbe probe =
        new DatabaseProbe(
            () ->
                List.of(
                    named("postgres", Services.postgres()),
                    named("orders", "jdbc:postgresql://127.0.0.1:1/orders?connectTimeout=2")));

    NotReady notReady = catchThrowableOfType(NotReady.class, () -> probe.ready(CONTEXT));

    assertThat(notReady.content()).isEqualTo("db: could not connect to database");
    assertThat(notReady.status()).isEqualTo(503);
    assertThat(notReady.detail()).startsWith("datasource 'orders': ");
  }

  @Test
  void aWrongPasswordIsNotReadyAndTheBodyHoldsNothingSecret() {
    JdbcEndpoint mariadb = Services.mariadb();
    JdbcEndpoint wrong = new JdbcEndpoint(mariadb.url(), mariadb.user(), "s3cret-wrong");
    DatabaseProbe probe = new DatabaseProbe(() -> List.of(named("main", wrong)));

    NotReady notReady = catchThrowableOfType(NotReady.class, () -> probe.ready(CONTEXT));

    assertThat(notReady.content())
        .isEqualTo("db: could not connect to database")
        .doesNotContain("s3cret")
        .doesNotContain("127.0.0.1")
        .doesNotContain(mariadb.user());
    assertThat(notReady.detail()).startsWith("datasource 'main': ").doesNotContain("s3cret");
  }

  @Test
  void noDatasourceAtAllIsReadyAsThereIsNothingToWaitFor() {
    assertThatNoException().isThrownBy(() -> new DatabaseProbe(List::of).ready(CONTEXT));
  }

  @Test
  void aBlackHoleDatabaseIsAnswered503WithinTheDeadlinePlus100Ms() throws IOException {
    try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<Socket> accepted = new ArrayList<>();
      Thread acceptor =
          new Thread(
              () -> {
                while (!blackHole.isClosed()) {
                  try {
                    accepted.add(blackHole.accept()); // accept, never answer
                  } catch (IOException closed) {
                    return;
                  }
                }
              },
              "black-hole");
      acceptor.setDaemon(true);
      acceptor.start();
      String url = "jdbc:postgresql://127.0.0.1:" + blackHole.getLocalPort() + "/test";
      DatabaseProbe probe = new DatabaseProbe(() -> List.of(named("hole", url)));
      try (ProbeEngine engine = new ProbeEngine(Duration.ofMillis(500), 2)) {
        List<NamedProbe> probes = List.of(new NamedProbe("database", probe));
        engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO); // warm up

        long start = System.nanoTime();
        ProbeOutcome outcome =
            engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO).outcomes().get(0);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(outcome.kind()).isEqualTo(ProbeOutcome.Kind.TIMED_OUT);
        assertThat(outcome.content()).isEqualTo("database: timed out after 500 ms");
        assertThat(took).isLessThan(Duration.ofMillis(600));
      }
    }
  }
}
