package io.djk8s.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Small process and file helpers for the private database servers. */
final class Commands {

  private Commands() {}

  static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Runs a command to its end, failing with its output when it fails or takes over 60 s. */
  static String run(List<String> command, Path log) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new IOException(command + " exited " + process.exitValue() + ":\n" + output);
    }
    return output;
  }

  static int freePort() {
    return LoopbackPorts.free();
  }

  static Path executable(String name, String... directories) {
    List<Path> candidates = new ArrayList<>();
    for (String directory : directories) {
      candidates.add(Path.of(directory, name));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String directory : path.split(":")) {
      if (!directory.isBlank()) {
        candidates.add(Path.of(directory, name));
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
  }

  static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // best effort in a temporary directory
    }
  }
}
