package io.djk8s.impl.cli;

import io.djk8s.impl.probe.ProbeGroup;
import io.djk8s.impl.status.StatusFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * File mode: reads the status file the running application refreshes in {@code djk8s.status.dir}.
 * Ready when the file says ready and is younger than the maximum age; a stale file is not ready
 * (the application stopped refreshing it), a missing file is "no answer" (exit 3).
 */
final class StatusFileProbe {

  private final Path directory;
  private final Duration maxAge;
  private final Clock clock;

  StatusFileProbe(Path directory, Duration maxAge, Clock clock) {
    this.directory = directory;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  ProbeResult check(ProbeGroup group) {
    Path file =
        directory.resolve(group == ProbeGroup.READINESS ? StatusFile.READY : StatusFile.LIVE);
    Optional<StatusFile> status;
    try {
      status = StatusFile.read(file);
    } catch (IOException e) {
      return ProbeResult.notReady("status: unreadable", file + ": " + e.getMessage());
    }
    if (status.isEmpty()) {
      return ProbeResult.noAnswer(
          "No status file " + file + ": is the application running with djk8s.status.dir?");
    }
    Instant now = clock.instant();
    Duration age = Duration.between(status.get().written(), now);
    if (age.compareTo(maxAge) > 0) {
      return ProbeResult.notReady(
          "status: stale",
          file
              + " was written "
              + age.toMillis()
              + " ms ago, more than "
              + maxAge.toMillis()
              + " ms: the application stopped refreshing it");
    }
    if (!status.get().ready()) {
      return ProbeResult.notReady(status.get().content(), null);
    }
    return ProbeResult.ok();
  }
}
