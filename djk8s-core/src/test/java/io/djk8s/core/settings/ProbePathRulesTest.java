package io.djk8s.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Probe paths that could never be answered are deployment problems naming keys and paths. */
class ProbePathRulesTest {

  private static SettingsResult read(Map<String, String> values) {
    return SettingsReader.read(SettingsSource.of(values));
  }

  @Test
  void aPathUnderAnotherGroupsPathIsAProblemNamingBothKeysAndPaths() {
    SettingsResult result =
        read(Map.of("djk8s.health.paths", "/k8s", "djk8s.ready.paths", "/k8s/ready"));

    assertThat(result.settings()).isEmpty();
    assertThat(result.problems())
        .containsExactly(
            "djk8s.ready.paths='/k8s/ready' lies under djk8s.health.paths='/k8s', where"
                + " '/k8s/<name>' names one probe of that path: it would never be answered;"
                + " choose paths that do not nest, for example '/k8s-ready'");
  }

  @Test
  void aPathUnderAnotherOfTheSameKeyIsAProblemToo() {
    SettingsResult result = read(Map.of("djk8s.ready.paths", "/readyz,/readyz/all"));

    assertThat(result.problems())
        .singleElement()
        .asString()
        .startsWith("djk8s.ready.paths='/readyz/all' lies under djk8s.ready.paths='/readyz'");
  }

  @Test
  void aSharedPrefixThatIsNotASegmentIsFine() {
    SettingsResult result =
        read(Map.of("djk8s.health.paths", "/k8s", "djk8s.ready.paths", "/k8sready,/k8s-ready"));

    assertThat(result.problems()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/ready z", "/ready%20z", "/réady", "/ready;v=1", "/ready+z", "/a:b"})
  void aCharacterThatArrivesEncodedIsAProblem(String path) {
    assertThat(read(Map.of("djk8s.startup.paths", path)).problems())
        .singleElement()
        .asString()
        .startsWith("djk8s.startup.paths='" + path + "': a probe path holds only letters")
        .endsWith("so the path would never match");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/k8s//ready", "/k8s/./ready", "/k8s/../readyz", "/."})
  void aSegmentClientsNormaliseAwayIsAProblem(String path) {
    assertThat(read(Map.of("djk8s.ready.paths", path)).problems())
        .singleElement()
        .asString()
        .startsWith("djk8s.ready.paths='" + path + "': an empty, '.' or '..' segment");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/readyz", "/k8s/ready", "/health.v1", "/_status~x", "/A-Z/0-9"})
  void anUnreservedPathIsFine(String path) {
    assertThat(read(Map.of("djk8s.ready.paths", path)).problems()).isEmpty();
  }
}
