package io.djk8s.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.settings.DetailsPolicy;
import io.djk8s.core.settings.Djk8sKeys;
import io.djk8s.core.settings.Djk8sSettings;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsResult;
import io.djk8s.testing.TestConfig;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lifecycle keys: defaults, parsing, and every problem reported with its key and value. */
class MicroProfileLifecycleSettingsTest {

  private static SettingsResult read(Map<String, String> properties) {
    TestConfig config = TestConfig.of(properties);
    try {
      return SettingsReader.read(MicroProfileSettings.of(ConfigProvider.getConfig()));
    } finally {
      config.close();
    }
  }

  @Test
  void defaults() {
    // TestConfig sets the drain to 0 for tests: give the real default explicitly
    Djk8sSettings settings =
        read(Map.of("djk8s.shutdown.drain", Djk8sKeys.SHUTDOWN_DRAIN.defaultText()))
            .settings()
            .get();
    assertThat(settings.startupPaths()).containsExactly("/startupz");
    assertThat(settings.startupProbes()).isEmpty();
    assertThat(settings.shutdownDrain()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.details()).isEqualTo(DetailsPolicy.NEVER);
    assertThat(settings.detailsRoles()).isEmpty();
    assertThat(settings.metricsEnabled()).isTrue();
  }

  @Test
  void lifecycleKeysAreRead() {
    Djk8sSettings settings =
        read(Map.of(
                "djk8s.startup.paths", "/started,/startupz",
                "djk8s.startup.probes", "cache,warmup",
                "djk8s.shutdown.drain", "12s",
                "djk8s.details", "When-Authorized",
                "djk8s.details.roles", "ops, sre",
                "djk8s.metrics.enabled", "false"))
            .settings()
            .get();
    assertThat(settings.startupPaths()).containsExactly("/started", "/startupz");
    assertThat(settings.startupProbes()).containsExactly("cache", "warmup");
    assertThat(settings.shutdownDrain()).isEqualTo(Duration.ofSeconds(12));
    assertThat(settings.details()).isEqualTo(DetailsPolicy.WHEN_AUTHORIZED);
    assertThat(settings.detailsRoles()).containsExactlyInAnyOrder("ops", "sre");
    assertThat(settings.metricsEnabled()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "djk8s.shutdown.drain|soon|djk8s.shutdown.drain='soon'",
        "djk8s.shutdown.drain|-1s|djk8s.shutdown.drain='-1s'",
        "djk8s.details|sometimes|'never', 'always' or 'when-authorized'",
        "djk8s.details|when-authorized|djk8s.details.roles=''",
        "djk8s.startup.paths|startupz|djk8s.startup.paths='startupz'",
        "djk8s.startup.paths|/readyz|is also a health or readiness path",
        "djk8s.metrics.enabled|yes|djk8s.metrics.enabled='yes'",
      })
  void everyProblemNamesItsKeyAndValue(String key, String value, String message) {
    SettingsResult result = read(Map.of(key, value));
    assertThat(result.settings()).isEmpty();
    assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains(message));
  }

  @Test
  void allProblemsAtOnce() {
    SettingsResult result =
        read(
            Map.of(
                "djk8s.shutdown.drain", "soon",
                "djk8s.details", "when-authorized",
                "djk8s.startup.paths", "/livez"));
    assertThat(result.problems()).hasSize(3);
  }
}
