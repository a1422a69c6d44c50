package io.djk8s.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.settings.DetailsPolicy;
import io.djk8s.core.settings.Djk8sSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProbePathsTest {

  private static final Djk8sSettings SETTINGS =
      new Djk8sSettings(
          List.of("database"),
          List.of(),
          List.of("/healthz", "/livez"),
          List.of("/readyz", "/k8s/ready"),
          Duration.ofMillis(800),
          Duration.ZERO,
          DetailsPolicy.NEVER,
          true,
          false);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/livez, LIVENESS, livez, ''",
    "livez, LIVENESS, livez, ''",
    "/healthz, LIVENESS, healthz, ''",
    "/readyz, READINESS, readyz, ''",
    "/readyz/database, READINESS, readyz, database",
    "/k8s/ready, READINESS, ready, ''",
    "/k8s/ready/my-probe_1.x, READINESS, ready, my-probe_1.x",
    "/livez/deadlock, LIVENESS, livez, deadlock"
  })
  void matchesProbePaths(String path, ProbeGroup group, String checkName, String probe) {
    assertThat(ProbePaths.match(SETTINGS, path))
        .contains(
            new ProbeTarget(
                group, checkName, probe.isEmpty() ? Optional.empty() : Optional.of(probe)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "",
        "/readyz/",
        "/READYZ",
        "/readyzz",
        "/ready",
        "/readyz/a/b",
        "/readyz//x",
        "/readyz/%2e%2e",
        "/k8s",
        "/api/readyz",
        "/readyz/a b"
      })
  void leavesEverythingElseToTheApplication(String path) {
    assertThat(ProbePaths.match(SETTINGS, path)).isEmpty();
  }
}
