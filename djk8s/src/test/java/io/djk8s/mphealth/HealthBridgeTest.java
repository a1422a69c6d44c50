package io.djk8s.mphealth;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.engine.ProbeService;
import io.djk8s.testing.CdiContainer;
import io.djk8s.testing.CountingProbe;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** djk8s's probes seen through SmallRye Health, as a MicroProfile runtime serves them. */
class HealthBridgeTest {

  private static Map<String, JsonObject> checks(SmallRyeHealth health) {
    return health.getPayload().getJsonArray("checks").stream()
        .map(JsonObject.class::cast)
        .collect(Collectors.toMap(check -> check.getString("name"), check -> check));
  }

  @Test
  void everyReadinessProbeIsAReadinessCheckAndNotReadyIsDownWithItsStatus() {
    try (CdiContainer cdi = CdiContainer.start(Map.of("djk8s.readiness.probes", "sleepA,never"))) {
      SmallRyeHealth ready = cdi.bean(SmallRyeHealthReporter.class).getReadiness();

      assertThat(ready.isDown()).isTrue();
      Map<String, JsonObject> checks = checks(ready);
      assertThat(checks).containsKeys("sleepA", "never").doesNotContainKey("livez");
      assertThat(checks.get("sleepA").getString("status")).isEqualTo("UP");
      assertThat(checks.get("never").getString("status")).isEqualTo("DOWN");
      assertThat(checks.get("never").getJsonObject("data").getInt("status")).isEqualTo(503);
      assertThat(checks.get("never").getJsonObject("data").containsKey("reason"))
          .as("reason under djk8s.details=never")
          .isFalse();
    }
  }

  @Test
  void theReasonIsInTheDataOnlyWhenDetailsAreAlways() {
    Map<String, String> config =
        Map.of("djk8s.readiness.probes", "never", "djk8s.details", "always");
    try (CdiContainer cdi = CdiContainer.start(config)) {
      JsonObject never = checks(cdi.bean(SmallRyeHealthReporter.class).getReadiness()).get("never");

      assertThat(never.getJsonObject("data").getString("reason")).isEqualTo("test is not ready");
    }
  }

  @Test
  void aLivenessCheckIsUpWhileTheApplicationServes() {
    try (CdiContainer cdi = CdiContainer.start(Map.of("djk8s.readiness.probes", "never"))) {
      SmallRyeHealth live = cdi.bean(SmallRyeHealthReporter.class).getLiveness();

      assertThat(live.isDown()).isFalse();
      assertThat(checks(live)).containsOnlyKeys("livez");
    }
  }

  @Test
  void djk8sChecksAreDefaultProceduresThatTheTckSwitchTurnsOff() {
    Map<String, String> config =
        Map.of("djk8s.readiness.probes", "never", "mp.health.disable-default-procedures", "true");
    try (CdiContainer cdi = CdiContainer.start(config)) {
      SmallRyeHealthReporter reporter = cdi.bean(SmallRyeHealthReporter.class);

      assertThat(checks(reporter.getReadiness())).doesNotContainKeys("never");
      assertThat(checks(reporter.getLiveness())).doesNotContainKeys("livez");
    }
  }

  @Test
  void oneHealthRequestRunsEachProbeOnceAndAllProbesInParallel() {
    Map<String, String> config =
        Map.of(
            "djk8s.readiness.probes",
            "counting,sleepA,sleepB,sleepC,sleepD",
            "test.sleep",
            "250",
            "djk8s.probe.timeout",
            "800ms");
    try (CdiContainer cdi = CdiContainer.start(config)) {
      SmallRyeHealthReporter reporter = cdi.bean(SmallRyeHealthReporter.class);
      reporter.getReadiness(); // warm up
      CountingProbe counting = cdi.bean(CountingProbe.class);
      int before = counting.runs();
      ProbeService service = cdi.bean(ProbeService.class);
      for (String name : List.of("counting", "sleepA", "sleepB", "sleepC", "sleepD")) {
        service.invalidate(name); // the warm-up's runs are not reused: the next request runs anew
      }

      long start = System.nanoTime();
      SmallRyeHealth ready = reporter.getReadiness();
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(ready.isDown()).isFalse();
      assertThat(counting.runs() - before).as("runs of one probe for one request").isEqualTo(1);
      assertThat(took)
          .as("4 probes of 250 ms; one after another would take 1000 ms")
          .isLessThan(Duration.ofMillis(600));
    }
  }

  @Test
  void theApplicationsOwnReadinessCheckCanBeNamedAsAProbe() {
    Map<String, String> config =
        Map.of("djk8s.readiness.probes", "sleepA,AppReadinessCheck", "test.app.down", "true");
    try (CdiContainer cdi = CdiContainer.start(config)) {
      var runtime = cdi.bean(ProbeService.class);
      var report =
          runtime.run(
              io.djk8s.core.engine.ProbeGroup.READINESS,
              runtime.probes(io.djk8s.core.engine.ProbeGroup.READINESS),
              io.djk8s.ProbeOrigin.HTTP,
              Duration.ZERO);
      Map<String, JsonObject> health =
          checks(cdi.bean(SmallRyeHealthReporter.class).getReadiness());

      assertThat(report.firstFailure()).isPresent();
      assertThat(report.firstFailure().get().name()).isEqualTo("AppReadinessCheck");
      assertThat(report.firstFailure().get().content()).isEqualTo("app-check: down");
      assertThat(health)
          .as("the app's check is listed once, by itself")
          .containsOnlyKeys("sleepA", "app-check", "manual", "shutdown");
    }
  }
}
