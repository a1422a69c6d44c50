package io.djk8s.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One broken manifest per rule under {@code src/test/resources/lint/<rule-id>.yaml}: each fires its
 * rule, on exactly the lines marked {@code # finding}, and no other rule.
 */
class LintFixturesTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(Rule.class)
  void eachRuleFiresOnItsMarkedLinesAndNothingElseFires(Rule rule) throws IOException {
    String name = rule.id() + ".yaml";
    String text = fixture(name);
    List<Finding> findings = lint(name, text);

    assertThat(findings)
        .as("findings of %s", name)
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.rule()).as(f.text()).isEqualTo(rule));
    Set<Integer> lines =
        findings.stream().map(Finding::line).collect(Collectors.toCollection(TreeSet::new));
    assertThat(lines)
        .as("lines of the findings of %s: %s", name, findings)
        .isEqualTo(markedLines(text));
    assertThat(findings).allSatisfy(f -> assertThat(f.file()).isEqualTo(name));
  }

  @Test
  void aManifestThatFollowsEveryRuleHasNoFinding() throws IOException {
    assertThat(lint("clean.yaml", fixture("clean.yaml"))).isEmpty();
  }

  @Test
  void findingsNameTheWorkloadAndTheContainer() throws IOException {
    List<Finding> findings = lint("probe-path.yaml", fixture("probe-path.yaml"));

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).text())
        .isEqualTo(
            "probe-path.yaml:15: error [probe-path] StatefulSet/app container 'web' livenessProbe"
                + " path '/health' is not a djk8s path: this container answers health [/healthz,"
                + " /livez], readiness [/readyz], startup [/startupz] (set DJK8S_READY_PATHS and"
                + " the like to change them)");
  }

  @Test
  void pathsFollowTheContainersOwnDjk8sEnvironment() {
    String manifest =
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          containers:
            - name: web
              ports: [{containerPort: 8080}]
              env:
                - {name: DJK8S_HEALTH_PATHS, value: /alive}
              livenessProbe:
                httpGet: {path: /app/alive, port: 8080}
              startupProbe:
                httpGet: {path: /livez, port: 8080}
        """;

    List<Finding> findings = lint("custom.yaml", manifest);

    assertThat(findings)
        .extracting(Finding::rule, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.PROBE_PATH, 13));
  }

  @Test
  void containersWithoutDjk8sAreNotHeldToDjk8sPaths() {
    String manifest =
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          containers:
            - name: envoy
              ports: [{containerPort: 9901}]
              livenessProbe:
                httpGet: {path: /server_info, port: 9901}
        """;

    assertThat(lint("envoy.yaml", manifest)).isEmpty();
  }

  private static List<Finding> lint(String name, String text) {
    return Linter.lint(Manifests.read(List.of(new Manifests.Source(name, text))));
  }

  static String fixture(String name) throws IOException {
    try (InputStream in = LintFixturesTest.class.getResourceAsStream("/lint/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Set<Integer> markedLines(String text) {
    List<String> lines = Arrays.asList(text.split("\n", -1));
    Set<Integer> marked = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("# finding")) {
        marked.add(i + 1);
      }
    }
    return marked;
  }
}
