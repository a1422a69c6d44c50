package io.djk8s.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.djk8s.testing.BlackHole;
import io.djk8s.testing.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-probe keys on the packaged quickstart, over HTTP: an optional probe, a background probe
 * against a black-holed database, and a key that names no probe.
 */
class ProbePolicyIT {

  @TempDir Path work;

  private final List<PackagedQuickstart> started = new ArrayList<>();
  private PackagedQuickstart app;

  @AfterEach
  void stop() {
    started.forEach(PackagedQuickstart::close);
  }

  private Process quickstart(Map<String, String> env) throws Exception {
    app = PackagedQuickstart.start(work.resolve("quickstart.log"), env, List.of());
    started.add(app);
    return app.process();
  }

  @Test
  void anOptionalProbeIsShownEverywhereButNeverTurnsReadyzTo503() throws Exception {
    Path maintenance = Files.createFile(work.resolve("maintenance"));
    quickstart(
        Map.of(
            "QUICKSTART_MAINTENANCE_FILE",
            maintenance.toString(),
            "DJK8S_PROBES_MAINTENANCE_OPTIONAL",
            "true"));
    app.awaitStarted();

    Http.Answer readyz = Http.get(app.uri("/readyz"));
    Http.Answer verbose = Http.get(app.uri("/readyz?verbose"));
    Http.Answer own = Http.get(app.uri("/readyz/maintenance"));
    Http.Answer health = Http.get(app.uri("/health/ready"));

    assertThat(readyz.status()).as("%s", readyz).isEqualTo(200);
    assertThat(verbose.body())
        .contains("[-]maintenance failed (optional): reason withheld\n")
        .contains("[+]database ok\n")
        .endsWith("readyz check passed\n");
    assertThat(own.status()).as("its own path answers its own state: %s", own).isEqualTo(503);
    assertThat(own.body()).isEqualTo("down for maintenance");
    assertThat(health.status()).as("%s", health).isEqualTo(200);
    assertThat(health.body().replaceAll("\\s", ""))
        .contains(
            "{\"name\":\"maintenance\",\"status\":\"UP\",\"data\":"
                + "{\"optional\":true,\"ready\":false,\"status\":503}}");
    // the probe's thread logs the transition just after the requests that joined its run have it
    await("the optional probe's transition is logged")
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(Files.readString(app.log()))
                    .contains("probe 'maintenance' is not ready: down for maintenance (optional"));
    assertThat(Files.readString(app.log())).doesNotContain("readiness UNKNOWN -> NOT_READY");

    Files.delete(maintenance);
    await("the optional probe's recovery is shown")
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                Http.get(app.uri("/readyz?verbose"))
                    .body()
                    .contains("[+]maintenance ok (optional)"));
  }

  @Test
  void aBackgroundProbeAgainstABlackHoledDatabaseAnswers503WithoutWaitingForTheDeadline()
      throws Exception {
    try (BlackHole silent = BlackHole.silent()) {
      quickstart(
          Map.of(
              "QUICKSTART_DATASOURCE_URL",
              "jdbc:postgresql://127.0.0.1:" + silent.port() + "/test?user=postgres",
              "DJK8S_READINESS_PROBES",
              "database",
              "DJK8S_PROBES_DATABASE_TIMEOUT",
              "500ms",
              "DJK8S_PROBES_DATABASE_INTERVAL",
              "1s"));
      app.awaitStarted();
      await("the first background run has passed its deadline")
          .atMost(Duration.ofSeconds(30))
          .until(() -> Http.get(app.uri("/readyz")).status() == 503);

      Http.Answer fastest = Http.fastestOf(5, app.uri("/readyz"));
      Http.Answer verbose = Http.get(app.uri("/readyz?verbose"));

      assertThat(fastest.status()).isEqualTo(503);
      assertThat(fastest.body())
          .isIn("database: timed out after 500 ms", "db: could not connect to database");
      assertThat(fastest.elapsed())
          .as("read from the latest background result, not waited for (deadline 500 ms)")
          .isLessThan(Duration.ofMillis(200));
      assertThat(verbose.body()).startsWith("[-]database failed: reason withheld\n");
      assertThat(Files.readString(app.log())).contains("database: deadline 500 ms, every 1000 ms");
    }
  }

  @Test
  void aKeyNamingAnUnknownProbeFailsTheStartNamingTheKey() throws Exception {
    Process process = quickstart(Map.of("DJK8S_PROBES_DATABSE_TIMEOUT", "300ms"));

    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the start fails").isTrue();
    assertThat(process.exitValue()).isNotZero();
    assertThat(Files.readString(app.log()))
        .contains("DJK8S_PROBES_DATABSE_TIMEOUT='300ms': no probe is named 'DATABSE'");
  }
}
