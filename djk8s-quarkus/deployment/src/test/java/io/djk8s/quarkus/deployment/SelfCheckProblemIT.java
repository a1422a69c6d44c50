package io.djk8s.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.selfcheck.SelfCheck;
import io.djk8s.testing.LoopbackPorts;
import io.quarkus.test.QuarkusUnitTest;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The start-up self-check on Quarkus pointed ({@code djk8s.self-check.url}) at a prefix the probe
 * paths are not under, as behind a path-rewriting proxy: one problem and one WARNING per probe
 * path, naming the path, the 404 and what it means.
 */
class SelfCheckProblemIT {

  private static final int PORT = LoopbackPorts.free();
  private static final List<String> PATHS = List.of("/healthz", "/livez", "/readyz", "/startupz");

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(jar -> jar.addClasses(FlagProbe.class, SelfChecks.class))
          .overrideConfigKey("quarkus.http.test-port", Integer.toString(PORT))
          .overrideConfigKey("djk8s.readiness.probes", "flag")
          .overrideConfigKey("djk8s.self-check.url", "http://127.0.0.1:" + PORT + "/shop")
          .setLogRecordPredicate(record -> "io.djk8s".equals(record.getLoggerName()))
          .assertLogRecords(
              records -> {
                List<String> warnings =
                    records.stream()
                        .filter(r -> r.getLevel() == Level.WARNING)
                        .map(r -> r.getMessage())
                        .filter(m -> m.startsWith("djk8s self-check: "))
                        .toList();
                assertThat(warnings).hasSize(PATHS.size());
                for (String path : PATHS) {
                  assertThat(warnings)
                      .as("one WARNING for %s", path)
                      .filteredOn(
                          m ->
                              m.startsWith(
                                  "djk8s self-check: GET /shop" + path + " answered 404: "))
                      .hasSize(1);
                }
                assertThat(SelfChecks.messages(records))
                    .noneMatch(m -> m.startsWith("djk8s self-check passed"));
              });

  @Test
  void everyProbePathThatAnswers404IsAProblem() {
    List<SelfCheck.Problem> problems = SelfChecks.awaitOutcome();

    assertThat(problems)
        .extracting(SelfCheck.Problem::path)
        .containsExactlyElementsOf(PATHS.stream().map(path -> "/shop" + path).toList());
    assertThat(problems).extracting(SelfCheck.Problem::status).containsOnly(404);
  }
}
