package io.djk8s.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;

/** Runs a djk8s command in this JVM with a given environment, capturing its output. */
final class Cli {

  private Cli() {}

  /**
   * One run.
   *
   * @param exit the exit code
   * @param out standard output
   * @param err standard error
   * @param elapsed how long the command took
   */
  record Run(int exit, String out, String err, Duration elapsed) {
    String all() {
      return out + err;
    }
  }

  static Run run(String... args) {
    return run(Map.of(), args);
  }

  static Run run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long start = System.nanoTime();
    int exit =
        Main.run(args, new PrintWriter(out), new PrintWriter(err), Environment.of(environment));
    return new Run(
        exit, out.toString(), err.toString(), Duration.ofNanos(System.nanoTime() - start));
  }
}
