package io.djk8s.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.settings.DetailsPolicy;
import io.djk8s.core.settings.Djk8sSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeServletInitializerTest {

  @Test
  void probeServletHoldsEveryPathDjk8sAnswersIncludingStartupAndTheImplicitProbes() {
    Djk8sSettings settings =
        new Djk8sSettings(
            List.of("database", "maintenance"),
            List.of(),
            List.of("/healthz", "/livez"),
            List.of("/readyz", "/-/ready"),
            Duration.ofMillis(800),
            Duration.ZERO,
            DetailsPolicy.NEVER,
            true,
            false);

    assertThat(ProbeServletInitializer.patterns(settings))
        .as("exact patterns only: an application's own /readyz/<other> stays its own")
        .containsExactly(
            "/healthz",
            "/livez",
            "/readyz",
            "/readyz/database",
            "/readyz/maintenance",
            "/readyz/manual",
            "/readyz/shutdown",
            "/-/ready",
            "/-/ready/database",
            "/-/ready/maintenance",
            "/-/ready/manual",
            "/-/ready/shutdown",
            "/startupz",
            "/startupz/deployment");
  }
}
