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
        case DURATION -> empty.duration(key);
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
