package io.djk8s.mphealth;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.testing.CdiContainer;
import io.djk8s.testing.CountingProbe;
import io.djk8s.testing.GatedProbe;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The per-probe policy seen through SmallRye Health: optional probes never turn the readiness DOWN
 * and say in their data what they would have answered; background probes are read, not run, by a
 * health request.
 */
class ProbePolicyHealthTest {

  private static Map<String, JsonObject> checks(SmallRyeHealth health) {
    return health.getPayload().getJsonArray("checks").stream()
        .map(JsonObject.class::cast)
        .collect(Collectors.toMap(check -> check.getString("name"), check -> check));
  }

  @Test
  void anOptionalProbeThatIsNotReadyIsUpWithItsStateInTheDataAndLeavesTheReadinessUp() {
    Map<String, String> config =
        Map.of(
            "djk8s.readiness.probes", "counting,never",
            "djk8s.probes.never.optional", "true",
            "djk8s.probes.counting.optional", "true");
    try (CdiContainer cdi = CdiContainer.start(config)) {
      SmallRyeHealth ready = cdi.bean(SmallRyeHealthReporter.class).getReadiness();

      assertThat(ready.isDown()).as("an optional probe never decides the readiness").isFalse();
      assertThat(ready.getPayload().getString("status")).isEqualTo("UP");
      JsonObject never = checks(ready).get("never");
      assertThat(never.getString("status")).isEqualTo("UP");
      JsonObject data = never.getJsonObject("data");
      assertThat(data.getBoolean("optional")).isTrue();
      assertThat(data.getBoolean("ready")).isFalse();
      assertThat(data.getInt("status")).isEqualTo(503);
      assertThat(data.containsKey("reason")).as("reason under djk8s.details=never").isFalse();
      JsonObject counting = checks(ready).get("counting").getJsonObject("data");
      assertThat(counting.getBoolean("optional")).isTrue();
      assertThat(counting.getBoolean("ready")).isTrue();
      assertThat(counting.containsKey("status")).as("no status when ready").isFalse();
    }
  }

  @Test
  void theSameProbeWithoutOptionalTurnsTheReadinessDown() {
    try (CdiContainer cdi =
        CdiContainer.start(Map.of("djk8s.readiness.probes", "counting,never"))) {
      SmallRyeHealth ready = cdi.bean(SmallRyeHealthReporter.class).getReadiness();

      assertThat(ready.isDown()).isTrue();
      assertThat(checks(ready).get("never").getString("status")).isEqualTo("DOWN");
      assertThat(checks(ready).get("never").getJsonObject("data").containsKey("optional"))
          .isFalse();
    }
  }

  @Test
  void anOptionalProbesReasonIsInTheDataOnlyWhenDetailsAreAlways() {
    Map<String, String> config =
        Map.of(
            "djk8s.readiness.probes", "never",
            "djk8s.probes.never.optional", "true",
            "djk8s.details", "always");
    try (CdiContainer cdi = CdiContainer.start(config)) {
      JsonObject never = checks(cdi.bean(SmallRyeHealthReporter.class).getReadiness()).get("never");

      assertThat(never.getString("status")).isEqualTo("UP");
      assertThat(never.getJsonObject("data").getString("reason")).isEqualTo("test is not ready");
    }
  }

  @Test
  void aHealthRequestReadsABackgroundProbesLatestResultWithoutRunningIt() {
    Map<String, String> config =
        Map.of(
            "djk8s.readiness.probes", "counting",
            "djk8s.probes.counting.interval", "1h");
    try (CdiContainer cdi = CdiContainer.start(config)) {
      SmallRyeHealthReporter reporter = cdi.bean(SmallRyeHealthReporter.class);
      CountingProbe counting = cdi.bean(CountingProbe.class);
      Awaitility.await("the first background refresh")
          .atMost(Duration.ofSeconds(10))
          .until(() -> !reporter.getReadiness().isDown());

      for (int i = 0; i < 5; i++) {
        assertThat(reporter.getReadiness().isDown()).isFalse();
      }

      assertThat(counting.runs())
          .as("one background refresh in an hour's interval; health requests never run it")
          .isEqualTo(1);
    }
  }

  @Test
  void aHungBackgroundProbeIsDownAtOnceInsteadOfAfterItsDeadline() {
    Duration deadline = Duration.ofSeconds(2);
    Map<String, String> config =
        Map.of(
            "djk8s.readiness.probes", "gated",
            "djk8s.probes.gated.timeout", deadline.toMillis() + "ms",
            "djk8s.probes.gated.interval", "1h",
            "djk8s.details", "always");
    try (CdiContainer cdi = CdiContainer.start(config)) {
      SmallRyeHealthReporter reporter = cdi.bean(SmallRyeHealthReporter.class);
      GatedProbe gated = cdi.bean(GatedProbe.class);
      Awaitility.await("the background run recorded as timed out")
          .atMost(Duration.ofSeconds(15))
          .until(
              () -> checks(reporter.getReadiness()).get("gated").getJsonObject("data"),
              data -> data != null && data.getString("reason", "").contains("timed out"));

      long start = System.nanoTime();
      SmallRyeHealth ready = reporter.getReadiness();
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(ready.isDown()).isTrue();
      assertThat(checks(ready).get("gated").getJsonObject("data").getInt("status")).isEqualTo(503);
      assertThat(took)
          .as(
              "read from the latest result; joining the hung run would wait its %s deadline",
              deadline)
          .isLessThan(deadline.dividedBy(2));
      assertThat(gated.runs()).as("the request started no run of its own").isEqualTo(1);
    }
  }
}
