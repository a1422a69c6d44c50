package io.djk8s.cli;

import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.status.StatusCheck;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * File mode: reads the status file the running application refreshes in {@code djk8s.status.dir}.
 * Ready when the file says ready and is younger than the maximum age; a stale file is not ready
 * (the application stopped refreshing it), a missing file is "no answer" (exit 3).
 */
final class StatusFileProbe {

  /** A file older than this many {@code djk8s.status.interval}s is stale. */
  static final int STALE_INTERVALS = 3;

  private final Path directory;
  private final Duration maxAge;
  private final Clock clock;

  StatusFileProbe(Path directory, Duration maxAge, Clock clock) {
    this.directory = directory;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  ProbeResult check(ProbeGroup group) {
    StatusCheck.Verdict verdict =
        StatusCheck.check(directory, group == ProbeGroup.READINESS, maxAge, clock);
    return switch (verdict.kind()) {
      case READY -> ProbeResult.ok();
      case NOT_READY -> ProbeResult.notReady(verdict.content(), verdict.detail());
      case NO_ANSWER -> ProbeResult.noAnswer(verdict.content());
    };
  }
}
