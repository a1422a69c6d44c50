package io.djk8s.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.probes.BuiltInProbes;
import io.djk8s.testing.LogCapture;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one key reader: defaults, bounds, aliases, and every problem with its key and value. */
class KeyReaderTest {

  private static KeyReader reader(Map<String, String> values) {
    return new KeyReader(SettingsSource.of(values));
  }

  @Test
  void everyRuntimeDefaultIsValidForItsOwnKey() {
    KeyReader empty = reader(Map.of());
    for (Key key : BuiltInProbes.runtimeKeys()) {
      switch (key.type()) {
        case DURATION -> {
          // a per-probe key without a default of its own inherits a global key's
          if (!key.defaultText().isEmpty() || !key.name().startsWith("djk8s.probes.")) {
            empty.duration(key);
          }
        }
        case BOOLEAN -> empty.bool(key);
        case INTEGER -> empty.integer(key);
        case FRACTION -> empty.fraction(key);
        default -> empty.list(key);
      }
    }
    assertThat(empty.problems()).isEmpty();
  }

  @Test
  void keyNamesAreUniqueAndShareThePrefix() {
    Set<String> names = new HashSet<>();
    for (Key key : BuiltInProbes.runtimeKeys()) {
      assertThat(names.add(key.name())).as("declared once: %s", key).isTrue();
      assertThat(key.name()).matches("(djk8s|mp\\.health)\\.[a-z0-9<>.-]+");
    }
  }

  @Test
  void anUnsetKeyReadsItsDefaultAndAnEmptyListIsAValue() {
    KeyReader keys = reader(Map.of("djk8s.liveness.probes", "", "djk8s.ready.paths", ""));
    assertThat(keys.list(Djk8sKeys.READINESS_PROBES)).containsExactly("database", "memcached");
    assertThat(keys.list(Djk8sKeys.READY_PATHS)).isEmpty();
    assertThat(keys.duration(Djk8sKeys.PROBE_TIMEOUT)).isEqualTo(Duration.ofMillis(800));
    assertThat(keys.problems()).isEmpty();
  }

  @Test
  void durationBoundsAreCheckedWithTheKeyAndValueInTheProblem() {
    Key bounded = Key.duration("djk8s.test.wait", "1s", "a test key").min("100ms").max("10s");
    KeyReader below = reader(Map.of("djk8s.test.wait", "50ms"));
    below.duration(bounded);
    KeyReader above = reader(Map.of("djk8s.test.wait", "11s"));
    above.duration(bounded);
    KeyReader inside = reader(Map.of("djk8s.test.wait", "PT2S"));

    assertThat(inside.duration(bounded)).isEqualTo(Duration.ofSeconds(2));
    assertThat(inside.problems()).isEmpty();
    assertThat(below.problems())
        .containsExactly("djk8s.test.wait='50ms': must be from 100ms to 10s");
    assertThat(above.problems())
        .containsExactly("djk8s.test.wait='11s': must be from 100ms to 10s");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "djk8s.probe.timeout   | PT2562048H | must be from 10ms to 60s",
        "djk8s.probe.timeout   | 61s        | must be from 10ms to 60s",
        "djk8s.probe.timeout   | 2          | a duration needs a unit: write for example '2ms' or '2s'",
        "djk8s.probe.timeout   | 9ms        | must be from 10ms to 60s",
        "djk8s.probe.timeout   | 0          | must be from 10ms to 60s",
        "djk8s.probe.cache-ttl | 11m        | must be from 0ms to 10m",
        "djk8s.probe.cache-ttl | 500        | a duration needs a unit: write for example '500ms' or '500s'",
        "djk8s.shutdown.drain  | PT11M      | must be from 0ms to 10m",
        "djk8s.shutdown.drain  | 30         | a duration needs a unit: write for example '30ms' or '30s'",
        "djk8s.status.interval | 5          | a duration needs a unit: write for example '5ms' or '5s'",
        "djk8s.status.interval | 999ms      | must be from 1s to 10m",
        "djk8s.status.interval | 2562048h   | must be from 1s to 10m"
      })
  void aDurationWithoutUnitOrOutOfBoundsIsAProblemNamingKeyAndValue(
      String name, String value, String why) {
    Key key = runtimeKey(name);
    KeyReader keys = reader(Map.of(name, value));
    keys.duration(key);
    assertThat(keys.problems()).containsExactly(name + "='" + value + "': " + why);
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "djk8s.probe.timeout   | 10ms  | 10",
        "djk8s.probe.timeout   | 60s   | 60000",
        "djk8s.probe.timeout   | PT2S  | 2000",
        "djk8s.probe.cache-ttl | 0     | 0",
        "djk8s.probe.cache-ttl | 10m   | 600000",
        "djk8s.shutdown.drain  | 0     | 0",
        "djk8s.status.interval | 1s    | 1000",
        "djk8s.status.interval | 10m   | 600000"
      })
  void aDurationAtItsBoundsIsRead(String name, String value, long millis) {
    KeyReader keys = reader(Map.of(name, value));
    assertThat(keys.duration(runtimeKey(name))).isEqualTo(Duration.ofMillis(millis));
    assertThat(keys.problems()).isEmpty();
  }

  @Test
  void everyDurationKeyHasBoundsThatHoldItsDefault() {
    for (Key key : BuiltInProbes.runtimeKeys()) {
      if (key.type() != Key.Type.DURATION) {
        continue;
      }
      assertThat(key.min()).as("minimum of %s", key).isPresent();
      assertThat(key.max())
          .as("maximum of %s: without one, PT2562048H overflows Duration.toNanos()", key)
          .isPresent();
      Duration min = DurationText.parse(key.min().get()).orElseThrow();
      Duration max = DurationText.parse(key.max().get()).orElseThrow();
      if (!key.defaultText().isEmpty()) { // empty: a per-probe key, defaulting to a global one
        Duration defaultValue = DurationText.parse(key.defaultText()).orElseThrow();
        assertThat(defaultValue).as("default of %s", key).isBetween(min, max);
      }
      assertThat(max.toNanos()).as("maximum of %s in nanoseconds", key).isPositive();
    }
  }

  private static Key runtimeKey(String name) {
    return BuiltInProbes.runtimeKeys().stream()
        .filter(k -> k.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyProblemIsCollectedAndASecretIsNotShown() {
    Key secret = Key.secret("djk8s.test.secret", "a test secret");
    KeyReader keys =
        reader(
            Map.of(
                "djk8s.probe.timeout", "soon",
                "djk8s.metrics.enabled", "yes",
                "djk8s.test.secret", "hunter2"));
    keys.duration(Djk8sKeys.PROBE_TIMEOUT);
    keys.bool(Djk8sKeys.METRICS_ENABLED);
    keys.problem(secret, keys.text(secret), "too short");

    assertThat(keys.problems())
        .containsExactly(
            "djk8s.probe.timeout='soon': not a duration; write for example '800ms' or '2s'",
            "djk8s.metrics.enabled='yes': must be 'true' or 'false'",
            "djk8s.test.secret='***': too short");
  }

  @Test
  void aDeprecatedAliasIsReadWhenTheKeyIsUnsetAndWarnsOnce() throws Exception {
    String old = "djk8s.test.old-" + UUID.randomUUID();
    Key key = Key.list("djk8s.test.new", "a", "a test key").alias(old);
    try (LogCapture log = LogCapture.start()) {
      assertThat(reader(Map.of(old, "b,c")).list(key)).containsExactly("b", "c");
      assertThat(reader(Map.of(old, "d")).list(key)).containsExactly("d");
      assertThat(reader(Map.of(old, "d", "djk8s.test.new", "e")).list(key)).containsExactly("e");

      List<String> warnings =
          log.lines().stream().filter(line -> line.contains(old + " is deprecated")).toList();
      assertThat(warnings).hasSize(1);
      assertThat(warnings.get(0)).contains("set djk8s.test.new instead");
    }
  }

  @Test
  void theEnvironmentFormReplacesEveryOtherCharacterThanLettersAndDigits() {
    assertThat(Djk8sKeys.PROBE_CACHE_TTL.environmentVariable()).isEqualTo("DJK8S_PROBE_CACHE_TTL");
    assertThat(Djk8sKeys.DATASOURCE_URL.environmentVariable())
        .isEqualTo("DJK8S_DATASOURCE_<NAME>_URL");
    assertThat(Djk8sKeys.DATASOURCE_URL.named("orders").name())
        .isEqualTo("djk8s.datasource.orders.url");
  }

  @Test
  void everyBuiltInProbeListsEachKeyItDeclares() {
    for (var probe : BuiltInProbes.ALL) {
      assertThat(probe.keys())
          .as("keys of %s", probe.name())
          .containsExactlyInAnyOrderElementsOf(Key.declaredIn(probe.type()));
    }
  }
}
