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
 * The start-up self-check on Quarkus, on a plain application: once the HTTP server listens, djk8s
 * requests its own probe paths as the kubelet would, finds nothing wrong and says so in one INFO
 * line, with no WARNING (checked on the log records when the application stops).
 */
class SelfCheckIT {

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(jar -> jar.addClasses(FlagProbe.class, SelfChecks.class))
          .overrideConfigKey("quarkus.http.test-port", Integer.toString(LoopbackPorts.free()))
          .overrideConfigKey("djk8s.readiness.probes", "flag")
          .setLogRecordPredicate(record -> "io.djk8s".equals(record.getLoggerName()))
          .assertLogRecords(
              records -> {
                assertThat(SelfChecks.messages(records))
                    .containsOnlyOnce(
                        "djk8s self-check passed: every probe path answers as the kubelet expects");
                assertThat(records)
                    .as("no self-check WARNING")
                    .noneMatch(
                        r ->
                            r.getLevel() == Level.WARNING && r.getMessage().contains("self-check"));
              });

  @Test
  void aCleanApplicationPasses() {
    List<SelfCheck.Problem> problems = SelfChecks.awaitOutcome();

    assertThat(problems).isEmpty();
  }
}
