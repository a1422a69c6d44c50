package io.djk8s.quarkus.deployment;

import static org.awaitility.Awaitility.await;

import io.djk8s.core.selfcheck.SelfCheck;
import io.djk8s.quarkus.SelfCheckOnStart;
import io.quarkus.arc.Arc;
import java.time.Duration;
import java.util.List;
import java.util.logging.LogRecord;

/** What the self-check tests share; added to each test application. */
final class SelfChecks {

  private SelfChecks() {}

  /** Waits for the running application's self-check to finish and returns what it found. */
  static List<SelfCheck.Problem> awaitOutcome() {
    SelfCheckOnStart check = Arc.container().instance(SelfCheckOnStart.class).get();
    return await("the self-check's outcome")
        .atMost(Duration.ofSeconds(20))
        .until(check::outcome, outcome -> outcome.isPresent())
        .get();
  }

  static List<String> messages(List<LogRecord> records) {
    return records.stream().map(LogRecord::getMessage).toList();
  }
}
