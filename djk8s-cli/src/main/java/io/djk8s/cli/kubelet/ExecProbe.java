package io.djk8s.cli.kubelet;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an exec probe's command on this machine, as the kubelet runs it in the container. */
final class ExecProbe {

  private ExecProbe() {}

  /** The exit code, or a description of why there is none. */
  record Result(boolean passes, String outcome) {}

  static Result run(List<String> command, Duration timeout) {
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return new Result(false, "no exit within " + timeout.toSeconds() + " s (timeoutSeconds)");
      }
      int exit = process.exitValue();
      return new Result(exit == 0, "exit " + exit);
    } catch (IOException e) {
      return new Result(false, "command not runnable here: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(false, "interrupted");
    }
  }
}
