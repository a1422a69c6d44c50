package io.djk8s.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.NotReady;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.engine.ProbeServiceBuilder;
import io.djk8s.core.policy.ProbePolicies;
import io.djk8s.core.policy.ProbePolicy;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An optional probe in the HTTP answers: shown, never deciding the answer of the group. */
class OptionalProbeAnswersTest {

  /** A kube-apiserver verbose line: sign, name, then the rest. */
  private static final Pattern KUBE_LINE = Pattern.compile("\\[([+-])]([A-Za-z0-9._-]+) (.+)");

  private ProbeService service;

  @AfterEach
  void close() {
    service.close();
  }

  private ProbeAnswers answers(String details) {
    ProbePolicy optional =
        new ProbePolicy(
            Duration.ofMillis(800),
            Duration.ZERO,
            Duration.ZERO,
            true,
            Duration.ZERO,
            Duration.ZERO);
    service =
        new ProbeServiceBuilder(
                SettingsReader.read(
                        SettingsSource.of(
                            Map.of(
                                "djk8s.readiness.probes",
                                "database,cache,search",
                                "djk8s.details",
                                details)))
                    .settings()
                    .orElseThrow())
            .policies(
                ProbePolicies.of(
                    ProbePolicy.of(Duration.ofMillis(800), Duration.ZERO),
                    Map.of("cache", optional, "search", optional)))
            .add(ProbeGroup.READINESS, new NamedProbe("database", context -> {}))
            .add(
                ProbeGroup.READINESS,
                new NamedProbe(
                    "cache",
                    context -> {
                      throw new NotReady("cache node 10.0.0.7 is down");
                    }))
            .add(ProbeGroup.READINESS, new NamedProbe("search", context -> {}))
            .build();
    return new ProbeAnswers(service);
  }

  private static ProbeAnswer get(ProbeAnswers answers, String path, Map<String, List<String>> q) {
    return answers.answer(path, q, false, Caller.ANONYMOUS).orElseThrow();
  }

  @Test
  void aFailingOptionalProbeLeavesReadyz200() {
    ProbeAnswer answer = get(answers("never"), "/readyz", Map.of());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("Ok");
  }

  @Test
  void verboseMarksOptionalProbesInTheKubeApiserverShape() {
    ProbeAnswer answer = get(answers("never"), "/readyz", Map.of("verbose", List.of("")));

    assertThat(answer.status()).isEqualTo(200);
    String body = answer.body().orElseThrow();
    assertThat(body)
        .isEqualTo(
            "[+]database ok\n"
                + "[-]cache failed (optional): reason withheld\n"
                + "[+]search ok (optional)\n"
                + "readyz check passed\n");
    List<String> lines = List.of(body.split("\n"));
    for (String line : lines.subList(0, lines.size() - 1)) {
      assertThat(line).as("parseable as a kube-apiserver line").matches(KUBE_LINE);
    }
  }

  @Test
  void verboseShowsTheOptionalProbesReasonUnderDetailsAlways() {
    ProbeAnswer answer = get(answers("always"), "/readyz", Map.of("verbose", List.of("")));

    assertThat(answer.body().orElseThrow())
        .contains("[-]cache failed (optional): cache node 10.0.0.7 is down\n");
  }

  @Test
  void theOptionalProbesOwnPathAnswersItsOwnState() {
    ProbeAnswers answers = answers("never");

    assertThat(get(answers, "/readyz/cache", Map.of()).status())
        .as("asked for by name, an optional probe answers its own state")
        .isEqualTo(503);
    assertThat(get(answers, "/readyz/cache", Map.of("verbose", List.of(""))).body().orElseThrow())
        .isEqualTo("[-]cache failed (optional): reason withheld\nreadyz check failed\n");
    assertThat(get(answers, "/readyz/search", Map.of()).status()).isEqualTo(200);
  }
}
