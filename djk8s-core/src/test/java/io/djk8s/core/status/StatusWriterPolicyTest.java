package io.djk8s.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.djk8s.NotReady;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.engine.ProbeServiceBuilder;
import io.djk8s.core.policy.ProbePolicies;
import io.djk8s.core.policy.ProbePolicy;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status publisher runs the probes by the same per-probe policy as the probe paths. */
class StatusWriterPolicyTest {

  @TempDir Path dir;

  @Test
  void anOptionalFailureLeavesTheFileReadyAndABackgroundProbeIsReadNotRun() throws Exception {
    AtomicInteger backgroundRuns = new AtomicInteger();
    Duration deadline = Duration.ofMillis(800);
    ProbePolicy optional =
        new ProbePolicy(deadline, Duration.ZERO, Duration.ZERO, true, Duration.ZERO, Duration.ZERO);
    ProbePolicy hourly =
        new ProbePolicy(
            deadline,
            Duration.ZERO,
            Duration.ZERO,
            false,
            Duration.ofHours(1),
            Duration.ofHours(3));
    try (ProbeService service =
        new ProbeServiceBuilder(
                SettingsReader.read(
                        SettingsSource.of(Map.of("djk8s.readiness.probes", "cache,database")))
                    .settings()
                    .orElseThrow())
            .policies(
                ProbePolicies.of(
                    ProbePolicy.of(deadline, Duration.ZERO),
                    Map.of("cache", optional, "database", hourly)))
            .add(
                ProbeGroup.READINESS,
                new NamedProbe(
                    "cache",
                    context -> {
                      throw new NotReady("cache down");
                    }))
            .add(
                ProbeGroup.READINESS,
                new NamedProbe("database", context -> backgroundRuns.incrementAndGet()))
            .build()) {
      await("the first background result")
          .atMost(Duration.ofSeconds(10))
          .until(() -> backgroundRuns.get() == 1);
      StatusWriter writer =
          new StatusWriter(
              dir, service, service.probes(ProbeGroup.READINESS), List.of(), Clock.systemUTC());
      await("the background result recorded")
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> {
                writer.refresh();
                return StatusFile.read(dir.resolve(StatusFile.READY)).orElseThrow().ready();
              });

      for (int i = 0; i < 20; i++) {
        writer.refresh();
      }

      StatusFile ready = StatusFile.read(dir.resolve(StatusFile.READY)).orElseThrow();
      assertThat(ready.ready())
          .as("the optional probe is down; the file still says ready")
          .isTrue();
      assertThat(ready.content()).isEqualTo("Ok");
      assertThat(backgroundRuns).as("21+ refreshes, one background run").hasValue(1);
    }
  }
}
