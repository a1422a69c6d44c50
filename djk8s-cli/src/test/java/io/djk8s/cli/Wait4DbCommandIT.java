package io.djk8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.testing.BlackHole;
import io.djk8s.testing.JdbcEndpoint;
import io.djk8s.testing.LoopbackPorts;
import io.djk8s.testing.Services;
import io.djk8s.testing.TestConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code wait4db}: stable against real databases, and upstream's bugs fixed: a clean timeout, the
 * timeout bounding the stable phase, each attempt bounded, non-positive values rejected.
 */
class Wait4DbCommandIT {

  private static Cli.Run wait4db(String url, String user, String... flags) {
    TestConfig registered =
        TestConfig.of(
            Map.of(
                "djk8s.datasource.default.url", url,
                "djk8s.datasource.default.username", user,
                "djk8s.datasource.default.password", ""));
    try {
      String[] args = new String[flags.length + 1];
      args[0] = "wait4db";
      System.arraycopy(flags, 0, args, 1, flags.length);
      return Cli.run(args);
    } finally {
      registered.close();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "-t, 0, Timeout must be greater than 0 seconds.",
    "--timeout, -5, Timeout must be greater than 0 seconds.",
    "-s, 0, Stable must be greater than 0 seconds.",
    "-i, 0, Interval must be greater than 0 seconds.",
    "--connect-timeout, 0, Connect timeout must be greater than 0 seconds."
  })
  void nonPositiveValuesAreRejectedWithTheUpstreamMessages(
      String flag, String value, String message) {
    Cli.Run run = Cli.run("wait4db", flag, value);

    assertThat(run.exit()).as(run.all()).isEqualTo(2);
    assertThat(run.err()).startsWith(message);
  }

  @Test
  void anUndeclaredDatabaseIsAConfigurationErrorNamingTheKey() {
    Cli.Run run = wait4db("jdbc:postgresql://127.0.0.1:1/x", "postgres", "-d", "reports");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("Unknown database 'reports'", "DJK8S_DATASOURCE_REPORTS_URL", "[default]");
  }

  @Test
  void postgresqlBecomesStable() {
    JdbcEndpoint postgres = Services.postgres();

    Cli.Run run = wait4db(postgres.url(), postgres.user(), "-s", "1", "-i", "1");

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out())
        .contains("Database 'default' is up; checking that it stays up for 1 s.")
        .contains("Database 'default' is stable.");
    assertThat(run.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void mariadbBecomesStable() {
    JdbcEndpoint mariadb = Services.mariadb();

    Cli.Run run = wait4db(mariadb.url(), mariadb.user(), "--stable", "1");

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains("is stable.");
  }

  @Test
  void aDownDatabaseTimesOutWithOneCleanLineAndExit1() throws Exception {
    int port = LoopbackPorts.free();

    Cli.Run run =
        wait4db("jdbc:postgresql://127.0.0.1:" + port + "/test", "postgres", "-t", "2", "-s", "1");

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("Timeout: database 'default' was not stable for 1 s within 2 s; last error:")
        .doesNotContain("\tat ", "Exception");
    assertThat(run.out()).as("progress lines").contains("Database 'default' is unavailable:");
    assertThat(run.elapsed()).isBetween(Duration.ofMillis(1_900), Duration.ofMillis(4_000));
  }

  @Test
  void theTimeoutAlsoBoundsTheStablePhase() {
    JdbcEndpoint postgres = Services.postgres();

    Cli.Run run = wait4db(postgres.url(), postgres.user(), "-t", "2", "-s", "30");

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.err()).contains("it was up, but not for long enough");
    assertThat(run.elapsed()).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void eachAttemptHasItsOwnBoundAgainstADatabaseThatNeverAnswers() throws Exception {
    try (BlackHole silent = BlackHole.silent()) {
      Cli.Run run =
          wait4db(
              "jdbc:postgresql://127.0.0.1:" + silent.port() + "/test",
              "postgres",
              "-t",
              "4",
              "-s",
              "1",
              "--connect-timeout",
              "1");

      assertThat(run.exit()).as(run.all()).isEqualTo(1);
      assertThat(run.out().lines().filter(l -> l.contains("no connection within 1000 ms")))
          .as("several bounded attempts within the 4 s timeout: " + run.out())
          .hasSizeGreaterThanOrEqualTo(2);
      assertThat(run.elapsed()).isLessThan(Duration.ofMillis(6_000));
    }
  }

  @Test
  void aPasswordInAMistypedJdbcUrlIsNeverPrinted() {
    Cli.Run run =
        wait4db("jdbc:postgres://127.0.0.1/app?password=hunter2", "app", "-t", "1", "-i", "1");

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.all()).contains("No suitable driver").doesNotContain("hunter2");
  }

  @Test
  void aDataSourceWithAnUnderscoreInItsEnvironmentNameIsFoundByDashD() {
    TestConfig registered =
        TestConfig.of(Map.of("DJK8S_DATASOURCE_ORDERS_DB_URL", "jdbc:postgresql://127.0.0.1:1/x"));
    Cli.Run run;
    try {
      run = Cli.run("wait4db", "-d", "orders_db", "-t", "1", "-i", "1");
    } finally {
      registered.close();
    }

    assertThat(run.exit()).as("found, and down: " + run.all()).isEqualTo(1);
    assertThat(run.all()).doesNotContain("Unknown database");
  }

  @Test
  void anUnknownDataSourceNamesTheVariableToSet() {
    Cli.Run run = wait4db("jdbc:h2:mem:x", "sa", "-d", "orders_db", "-t", "1");

    assertThat(run.exit()).as(run.all()).isEqualTo(2);
    assertThat(run.err()).contains("DJK8S_DATASOURCE_ORDERS_DB_URL");
  }
}
