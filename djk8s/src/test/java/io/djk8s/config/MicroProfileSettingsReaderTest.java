package io.djk8s.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.settings.DetailsPolicy;
import io.djk8s.core.settings.Djk8sSettings;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsResult;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MicroProfileSettingsReaderTest {

  private static Config config(Map<String, String> properties) {
    return new SmallRyeConfigBuilder()
        .withSources(new PropertiesConfigSource(new HashMap<>(properties), "test", 500))
        .build();
  }

  private static SettingsResult read(Map<String, String> properties) {
    return SettingsReader.read(MicroProfileSettings.of(config(properties)));
  }

  @Test
  void defaultsMatchTheDocumentedContract() {
    Djk8sSettings settings = read(Map.of()).settings().orElseThrow();

    assertThat(settings.readinessProbes()).containsExactly("database", "memcached");
    assertThat(settings.livenessProbes()).isEmpty();
    assertThat(settings.healthPaths()).containsExactly("/healthz", "/livez");
    assertThat(settings.readyPaths()).containsExactly("/readyz");
    assertThat(settings.probeTimeout()).isEqualTo(Duration.ofMillis(800));
    assertThat(settings.cacheTtl()).isEqualTo(Duration.ZERO);
    assertThat(settings.details()).isEqualTo(DetailsPolicy.NEVER);
    assertThat(settings.filterEnabled()).isTrue();
    assertThat(settings.healthDefaultProceduresDisabled()).isFalse();
  }

  @Test
  void listsAreTrimmedAndKeepTheirOrder() {
    Djk8sSettings settings =
        read(Map.of(
                "djk8s.readiness.probes", " memcached , database,",
                "djk8s.probe.timeout", "2s",
                "djk8s.probe.cache-ttl", "PT0.5S",
                "djk8s.details", "ALWAYS"))
            .settings()
            .orElseThrow();

    assertThat(settings.readinessProbes()).containsExactly("memcached", "database");
    assertThat(settings.probeTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.cacheTtl()).isEqualTo(Duration.ofMillis(500));
    assertThat(settings.details()).isEqualTo(DetailsPolicy.ALWAYS);
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "djk8s.probe.timeout     | 0ms     | djk8s.probe.timeout='0ms': must be from 10ms to 60s",
        "djk8s.probe.timeout     | 2       | djk8s.probe.timeout='2': a duration needs a unit",
        "djk8s.probe.timeout     | PT2562048H | djk8s.probe.timeout='PT2562048H': must be from 10ms to 60s",
        "djk8s.status.interval   | 5       | djk8s.status.interval='5': a duration needs a unit",
        "djk8s.probe.timeout     | -5s     | djk8s.probe.timeout='-5s': not a duration",
        "djk8s.probe.timeout     | soon    | djk8s.probe.timeout='soon': not a duration",
        "djk8s.probe.cache-ttl   | forever | djk8s.probe.cache-ttl='forever': not a duration",
        "djk8s.details           | maybe   | djk8s.details='maybe': must be 'never', 'always' or 'when-authorized'",
        "djk8s.filter.enabled    | yes     | djk8s.filter.enabled='yes': must be 'true' or 'false'",
        "djk8s.readiness.probes  | ' , '   | djk8s.readiness.probes=' , ': the probe list is empty",
        "djk8s.ready.paths       | readyz  | djk8s.ready.paths='readyz': a probe path starts with '/'",
        "djk8s.ready.paths       | /readyz/ | djk8s.ready.paths='/readyz/': a probe path starts",
        "djk8s.ready.paths       | /livez  | djk8s.ready.paths: [/livez] is also listed in djk8s.health.paths",
      })
  void aBadValueIsReportedWithItsKeyAndValue(String key, String value, String expected) {
    SettingsResult result = read(Map.of(key, value));

    assertThat(result.settings()).isEmpty();
    assertThat(result.problems()).anySatisfy(problem -> assertThat(problem).startsWith(expected));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    SettingsResult result =
        read(
            Map.of(
                "djk8s.probe.timeout", "0",
                "djk8s.details", "sometimes",
                "djk8s.health.paths", "",
                "djk8s.ready.paths", " "));

    List<String> problems = result.problems();
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0)).contains("djk8s.health.paths and djk8s.ready.paths are both empty");
    assertThat(problems.get(1)).contains("djk8s.probe.timeout='0'");
    assertThat(problems.get(2)).contains("djk8s.details='sometimes'");
  }
}
