package io.djk8s.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.settings.Djk8sSettings;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsSource;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The per-probe keys, read and validated over the global defaults. */
class PolicyReaderTest {

  private static final List<String> KNOWN = List.of("database", "orders-db", "maintenance");
  private static final Map<String, String> UPSTREAM =
      Map.of("djk8s.probes.DatabaseProbe", "database");

  private static PolicyResult read(Map<String, String> values) {
    SettingsSource source = SettingsSource.of(values);
    Djk8sSettings settings = SettingsReader.read(source).settings().orElseThrow();
    return PolicyReader.read(source, settings, KNOWN, UPSTREAM);
  }

  @Test
  void aProbeWithoutKeysOfItsOwnHasTheGlobalDeadlineAndReuseWindow() {
    PolicyResult result =
        read(Map.of("djk8s.probe.timeout", "500ms", "djk8s.probe.cache-ttl", "2s"));

    assertThat(result.problems()).isEmpty();
    ProbePolicy policy = result.policies().of("maintenance");
    assertThat(policy.timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.cacheTtl()).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.failureCacheTtl())
        .as("a failed result is reused like a successful one unless configured")
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.optional()).isFalse();
    assertThat(policy.background()).isFalse();
  }

  @Test
  void everyPerProbeKeyOverridesTheDefaults() {
    PolicyResult result =
        read(
            Map.of(
                "djk8s.probes.database.timeout", "300ms",
                "djk8s.probes.database.cache-ttl", "5s",
                "djk8s.probes.database.failure-cache-ttl", "0ms",
                "djk8s.probes.database.optional", "true",
                "djk8s.probes.database.interval", "2s",
                "djk8s.probes.database.max-staleness", "10s"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.policies().of("database"))
        .isEqualTo(
            new ProbePolicy(
                Duration.ofMillis(300),
                Duration.ofSeconds(5),
                Duration.ZERO,
                true,
                Duration.ofSeconds(2),
                Duration.ofSeconds(10)));
    assertThat(result.policies().of("maintenance").timeout())
        .as("other probes keep the global deadline")
        .isEqualTo(Duration.ofMillis(800));
  }

  @Test
  void maxStalenessIsThreeIntervalsByDefault() {
    ProbePolicy policy =
        read(Map.of("djk8s.probes.database.interval", "2s")).policies().of("database");

    assertThat(policy.maxStaleness()).isEqualTo(Duration.ofSeconds(6));
  }

  @ParameterizedTest
  @CsvSource({
    "DJK8S_PROBES_DATABASE_TIMEOUT, database",
    "DJK8S_PROBES_ORDERS_DB_TIMEOUT, orders-db",
    "djk8s.probes.orders-db.timeout, orders-db",
    "djk8s.probes.DatabaseProbe.timeout, database",
    "DJK8S_PROBES_DATABASEPROBE_TIMEOUT, database"
  })
  void theEnvironmentFormAndUpstreamNamesReachTheProbe(String key, String probe) {
    PolicyResult result = read(Map.of(key, "250ms"));

    assertThat(result.problems()).as(key).isEmpty();
    assertThat(result.policies().of(probe).timeout()).as(key).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void theEnvironmentFormTellsFailureCacheTtlFromCacheTtl() {
    PolicyResult result =
        read(
            Map.of(
                "DJK8S_PROBES_ORDERS_DB_CACHE_TTL", "4s",
                "DJK8S_PROBES_ORDERS_DB_FAILURE_CACHE_TTL", "1s"));

    assertThat(result.problems()).isEmpty();
    ProbePolicy policy = result.policies().of("orders-db");
    assertThat(policy.cacheTtl()).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.failureCacheTtl()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aKeyNamingAnUnknownProbeIsAProblemNamingTheKey() {
    PolicyResult result =
        read(Map.of("djk8s.probes.databse.timeout", "1s", "DJK8S_PROBES_REDIS_OPTIONAL", "true"));

    assertThat(result.problems())
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("djk8s.probes.databse.timeout='1s': no probe is named 'databse'")
                    .contains("[database, maintenance, orders-db]"))
        .anySatisfy(
            p -> assertThat(p).startsWith("DJK8S_PROBES_REDIS_OPTIONAL='true': no probe is named"));
  }

  @Test
  void aKeyWithAnUnknownSuffixIsAProblem() {
    PolicyResult result = read(Map.of("djk8s.probes.database.timout", "1s"));

    assertThat(result.problems())
        .singleElement()
        .asString()
        .startsWith("djk8s.probes.database.timout='1s': not a per-probe key");
  }

  @Test
  void anIntervalShorterThanTheProbesDeadlineIsAProblem() {
    PolicyResult result =
        read(
            Map.of(
                "djk8s.probes.database.timeout", "900ms",
                "djk8s.probes.database.interval", "500ms"));

    assertThat(result.problems())
        .singleElement()
        .asString()
        .startsWith("djk8s.probes.database.interval='500ms': is shorter than the probe's deadline")
        .contains("900 ms");
  }

  @Test
  void anIntervalShorterThanTheGlobalDeadlineIsAProblemToo() {
    PolicyResult result = read(Map.of("djk8s.probes.database.interval", "100ms"));

    assertThat(result.problems()).singleElement().asString().contains("800 ms");
  }

  @Test
  void maxStalenessNotAboveTheIntervalOrWithoutOneIsAProblem() {
    Map<String, String> values = new HashMap<>();
    values.put("djk8s.probes.database.interval", "2s");
    values.put("djk8s.probes.database.max-staleness", "2s");
    values.put("djk8s.probes.maintenance.max-staleness", "5s");

    PolicyResult result = read(values);

    assertThat(result.problems())
        .containsExactlyInAnyOrder(
            "djk8s.probes.database.max-staleness='2s': must be longer than the interval (2000 ms)",
            "djk8s.probes.maintenance.max-staleness='5s': applies to background refresh only;"
                + " set djk8s.probes.maintenance.interval");
  }

  @ParameterizedTest
  @CsvSource({
    "djk8s.probes.database.timeout, 0ms, must be from 10ms to 60s",
    "djk8s.probes.database.timeout, PT2562048H, must be from 10ms to 60s",
    "djk8s.probes.database.timeout, soon, not a duration",
    "djk8s.probes.database.cache-ttl, -1s, not a duration",
    "djk8s.probes.database.optional, maybe, must be 'true' or 'false'"
  })
  void aBadValueIsAProblemNamingKeyAndValue(String key, String value, String why) {
    PolicyResult result = read(Map.of(key, value));

    assertThat(result.problems())
        .singleElement()
        .asString()
        .startsWith(key + "='" + value + "'")
        .contains(why);
  }

  @Test
  void aDeadlineAboveTheKubeletsSecondIsAWarningNotAProblem() {
    PolicyResult result = read(Map.of("djk8s.probes.database.timeout", "1500ms"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.warnings())
        .singleElement()
        .asString()
        .startsWith("djk8s.probes.database.timeout='1500ms' is above the kubelet's default");
    assertThat(read(Map.of("djk8s.probes.database.timeout", "1s")).warnings())
        .as("exactly 1 s")
        .isEmpty();
  }
}
