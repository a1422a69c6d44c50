package io.djk8s.benchmarks.harness;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress lines on standard error while the run goes on. */
final class Progress {

  private Progress() {}

  static void say(String format, Object... args) {
    System.err.println(
        LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + String.format(format, args));
  }
}
