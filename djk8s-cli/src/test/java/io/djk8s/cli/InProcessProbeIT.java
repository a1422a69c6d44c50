package io.djk8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.cli.probes.DetailedNotReadyProbe;
import io.djk8s.testing.BlackHole;
import io.djk8s.testing.JdbcEndpoint;
import io.djk8s.testing.LoopbackPorts;
import io.djk8s.testing.Services;
import io.djk8s.testing.TestConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In-process mode: the configured probe list runs in this JVM with the application's configuration,
 * under {@code djk8s.probe.timeout}.
 */
class InProcessProbeIT {

  private static Cli.Run probe(Map<String, String> config, String... flags) {
    TestConfig registered = TestConfig.of(config);
    try {
      String[] args = new String[flags.length + 1];
      args[0] = "probe";
      System.arraycopy(flags, 0, args, 1, flags.length);
      return Cli.run(args);
    } finally {
      registered.close();
    }
  }

  private static Map<String, String> database(String url, String user, String password) {
    Map<String, String> config = new HashMap<>();
    config.put("djk8s.readiness.probes", "database");
    config.put("djk8s.datasource.default.url", url);
    config.put("djk8s.datasource.default.username", user);
    config.put("djk8s.datasource.default.password", password);
    config.put("djk8s.probe.timeout", "5s");
    return config;
  }

  @Test
  void readyWhenTheConfiguredPostgresqlAnswers() {
    JdbcEndpoint postgres = Services.postgres();

    Cli.Run run = probe(database(postgres.url(), postgres.user(), postgres.password()), "-R");

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out().trim()).isEqualTo("Ok");
  }

  @Test
  void readyWhenTheConfiguredMariadbAnswers() {
    JdbcEndpoint mariadb = Services.mariadb();

    Cli.Run run = probe(database(mariadb.url(), mariadb.user(), mariadb.password()), "--ready");

    assertThat(run.exit()).as(run.all()).isZero();
  }

  @Test
  void notReadyWithTheUpstreamContentWhenTheDatabaseIsDown() throws Exception {
    int port = LoopbackPorts.free();

    Map<String, String> config =
        database("jdbc:postgresql://127.0.0.1:" + port + "/test", "postgres", "");
    Cli.Run withheld = probe(config, "-R");
    config.put("djk8s.details", "always");
    Cli.Run detailed = probe(config, "-R");

    assertThat(withheld.exit()).as(withheld.all()).isEqualTo(1);
    assertThat(withheld.out().trim()).isEqualTo("db: could not connect to database");
    assertThat(withheld.err()).as("details=never (default)").doesNotContain("datasource");
    assertThat(detailed.exit()).as(detailed.all()).isEqualTo(1);
    assertThat(detailed.err())
        .as("details=always: the detail names the datasource")
        .contains("datasource 'default'");
  }

  @Test
  void aHangingDatabaseIsCutAtTheProbeDeadline() throws Exception {
    try (BlackHole silent = BlackHole.silent()) {
      Map<String, String> config =
          database("jdbc:postgresql://127.0.0.1:" + silent.port() + "/test", "postgres", "");
      config.put("djk8s.probe.timeout", "500ms");

      Cli.Run run = probe(config, "-R");

      assertThat(run.exit()).as(run.all()).isEqualTo(1);
      assertThat(run.out().trim())
          .as("the probe's own generic answer, or the engine's when the deadline came first")
          .isIn("db: could not connect to database", "database: timed out after 500 ms");
      assertThat(run.elapsed()).isLessThan(Duration.ofMillis(2_500));
    }
  }

  @Test
  void aProbeClassWithANoArgumentConstructorRunsWithoutCdi() {
    Cli.Run never =
        probe(Map.of("djk8s.readiness.probes", "io.djk8s.cli.probes.NeverReadyProbe"), "-R");
    Cli.Run sleeping =
        probe(Map.of("djk8s.readiness.probes", "io.djk8s.cli.probes.SleepAProbe"), "-R");

    assertThat(never.exit()).as(never.all()).isEqualTo(1);
    assertThat(never.out().trim()).isEqualTo("test is not ready");
    assertThat(sleeping.exit()).as(sleeping.all()).isZero();
  }

  @Test
  void aSlowProbeIsCutAtTheConfiguredDeadline() {
    Cli.Run run =
        probe(
            Map.of(
                "djk8s.readiness.probes", "io.djk8s.cli.probes.SleepAProbe",
                "djk8s.probe.timeout", "300ms",
                "test.sleep", "3000"),
            "-R");

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out().trim()).isEqualTo("sleepA: timed out after 300 ms");
    assertThat(run.elapsed()).isLessThan(Duration.ofMillis(2_000));
  }

  @Test
  void aProbesOwnDeadlineCutsItBelowTheGlobalOne() {
    Cli.Run run =
        probe(
            Map.of(
                "djk8s.readiness.probes", "io.djk8s.cli.probes.SleepAProbe",
                "djk8s.probe.timeout", "5s",
                "djk8s.probes.sleepA.timeout", "300ms",
                "test.sleep", "3000"),
            "-R");

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out().trim()).isEqualTo("sleepA: timed out after 300 ms");
    assertThat(run.elapsed()).isLessThan(Duration.ofMillis(2_000));
  }

  @Test
  void anOptionalProbeThatFailsDoesNotFailTheCheck() {
    Cli.Run run =
        probe(
            Map.of(
                "djk8s.readiness.probes",
                "io.djk8s.cli.probes.NeverReadyProbe,io.djk8s.cli.probes.SleepAProbe",
                "djk8s.probes.never.optional",
                "true"),
            "-R");

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out().trim()).isEqualTo("Ok");
  }

  @Test
  void aBadPerProbeKeyIsAConfigurationErrorNamingIt() {
    Cli.Run run =
        probe(
            Map.of(
                "djk8s.readiness.probes", "io.djk8s.cli.probes.SleepAProbe",
                "djk8s.probes.sleepA.interval", "10ms",
                "djk8s.probes.other.timeout", "1s"),
            "-R");

    assertThat(run.exit()).as(run.all()).isEqualTo(2);
    assertThat(run.err())
        .contains("djk8s.probes.sleepA.interval='10ms': is shorter than the probe's deadline")
        .as("a key for a probe this run does not check is the application's to validate")
        .doesNotContain("djk8s.probes.other.timeout");
  }

  @Test
  void liveWithTheDefaultEmptyLivenessListIsOk() {
    Cli.Run run = probe(Map.of(), "-L");

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out().trim()).isEqualTo("Ok");
  }

  @Test
  void aProbeThatNeedsCdiIsAConfigurationErrorPointingToTheOtherModes() {
    Cli.Run run = probe(Map.of("djk8s.readiness.probes", "never"), "-R");

    assertThat(run.exit()).as(run.all()).isEqualTo(2);
    assertThat(run.err())
        .contains("djk8s.readiness.probes='never' cannot run in-process")
        .contains("'never' is neither a built-in probe", "client mode", "file mode");
  }

  @Test
  void anInvalidConfigurationIsReportedWithEveryProblem() {
    Cli.Run run = probe(Map.of("djk8s.probe.timeout", "soon", "djk8s.details", "sometimes"), "-R");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("djk8s.probe.timeout='soon'", "djk8s.details='sometimes'");
  }

  @Test
  void underDetailsNeverStandardErrorGetsNoDetailAndTheLogFileDoes(@TempDir Path dir)
      throws Exception {
    Path logFile = dir.resolve("probe.log");
    Cli.Run run =
        probe(
            Map.of("djk8s.readiness.probes", DetailedNotReadyProbe.class.getName()),
            "-R",
            "--log-file",
            logFile.toString());

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out().trim()).isEqualTo("detailed: not ready");
    assertThat(run.err()).as("what the kubelet copies into events").doesNotContain("db7");
    assertThat(Files.readString(logFile)).contains(DetailedNotReadyProbe.DETAIL);
  }

  @Test
  void underDetailsAlwaysStandardErrorGetsTheDetail() {
    Cli.Run run =
        probe(
            Map.of(
                "djk8s.readiness.probes",
                DetailedNotReadyProbe.class.getName(),
                "djk8s.details",
                "always"),
            "-R");

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.err()).contains(DetailedNotReadyProbe.DETAIL);
  }
}
