package io.djk8s.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Child processes run to their end with a deadline, their output in a log file. */
final class Processes {

  private Processes() {}

  /** Runs a command; fails with the end of its output when it exits non-zero or overruns. */
  static String run(List<String> command, Map<String, String> env, Path log, long timeoutSeconds)
      throws IOException, InterruptedException {
    return run(command, env, null, log, timeoutSeconds);
  }

  static String run(
      List<String> command, Map<String, String> env, Path dir, Path log, long timeoutSeconds)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    if (dir != null) {
      builder.directory(dir.toFile());
    }
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new IOException(command.get(0) + " overran " + timeoutSeconds + " s; log " + log);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      String tail = output.substring(Math.max(0, output.length() - 4000));
      throw new IOException(
          command + " exited " + process.exitValue() + " (log " + log + "):\n" + tail);
    }
    return output;
  }

  static Optional<Path> executable(String name) {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
