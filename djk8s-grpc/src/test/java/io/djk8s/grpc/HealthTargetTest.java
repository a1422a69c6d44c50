package io.djk8s.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.engine.ProbeServiceBuilder;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsSource;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthTargetTest {

  private final ProbeService engine =
      new ProbeServiceBuilder(
              SettingsReader.read(SettingsSource.of(Map.of("djk8s.readiness.probes", "db")))
                  .settings()
                  .orElseThrow())
          .add(ProbeGroup.READINESS, new NamedProbe("db", context -> {}))
          .add(ProbeGroup.LIVENESS, new NamedProbe("heap", context -> {}))
          .add(ProbeGroup.STARTUP, new NamedProbe("warmup", context -> {}))
          .build();

  @AfterEach
  void close() {
    engine.close();
  }

  @ParameterizedTest(name = "service ''{0}'' runs {1} probes {2}")
  @CsvSource({
    "'', READINESS, db",
    "readiness, READINESS, db",
    "liveness, LIVENESS, heap",
    "startup, STARTUP, warmup",
    "db, READINESS, db",
    "heap, LIVENESS, heap",
    "warmup, STARTUP, warmup"
  })
  void aServiceNameSelectsItsGroupOrItsProbe(String service, ProbeGroup group, String probe) {
    HealthTarget target = HealthTarget.resolve(engine, service).orElseThrow();
    assertThat(target.group()).isEqualTo(group);
    assertThat(target.probes()).extracting(NamedProbe::name).containsExactly(probe);
  }

  @Test
  void anUnknownServiceResolvesToNothing() {
    assertThat(HealthTarget.resolve(engine, "payments")).isEmpty();
    assertThat(HealthTarget.resolve(engine, "Readiness")).as("names are case-sensitive").isEmpty();
  }
}
