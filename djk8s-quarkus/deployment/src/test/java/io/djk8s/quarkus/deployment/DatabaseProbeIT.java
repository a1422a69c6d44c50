package io.djk8s.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.testing.BlackHole;
import io.djk8s.testing.Http;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The built-in {@code database} probe over every Agroal datasource: a default H2 datasource that
 * works and a named one, {@code orders}, whose server accepts and never answers.
 */
class DatabaseProbeIT {

  private static final Duration DEADLINE = Duration.ofMillis(800);
  private static final Duration SLACK = Duration.ofMillis(1200);
  private static final BlackHole ORDERS = blackHole();

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("quarkus.datasource.db-kind", "h2")
          .overrideConfigKey("quarkus.datasource.jdbc.url", "jdbc:h2:mem:db;DB_CLOSE_DELAY=-1")
          .overrideConfigKey("quarkus.datasource.devservices.enabled", "false")
          .overrideConfigKey("quarkus.datasource.orders.db-kind", "h2")
          .overrideConfigKey(
              "quarkus.datasource.orders.jdbc.url",
              "jdbc:h2:tcp://127.0.0.1:" + ORDERS.port() + "/mem:orders")
          .overrideConfigKey("quarkus.datasource.orders.devservices.enabled", "false")
          .overrideConfigKey("quarkus.datasource.health.enabled", "false")
          .overrideConfigKey("djk8s.readiness.probes", "database")
          .overrideConfigKey("djk8s.details", "always");

  @TestHTTPResource("/")
  URI root;

  @AfterAll
  static void closeBlackHole() {
    ORDERS.close();
  }

  @Test
  void aNamedDatasourceThatNeverAnswersMakesReadyz503WithinTheDeadline() throws Exception {
    Http.Answer answer = Http.fastestOf(3, root.resolve("readyz"));
    assertThat(answer.status()).as("readyz: %s", answer.body()).isEqualTo(503);
    assertThat(answer.body())
        .isIn(
            "db: could not connect to database",
            "database: timed out after " + DEADLINE.toMillis() + " ms");
    assertThat(answer.elapsed()).isLessThanOrEqualTo(DEADLINE.plus(SLACK));
    Http.Answer verbose = Http.get(root.resolve("readyz?verbose"));
    assertThat(verbose.body())
        .as("the failing datasource is named in the detail")
        .startsWith("[-]database failed: ")
        .contains("orders");
    assertThat(Http.get(root.resolve("livez")).status()).isEqualTo(200);
  }

  private static BlackHole blackHole() {
    try {
      return BlackHole.silent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
