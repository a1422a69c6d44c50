package io.djk8s.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server started as a child process with its output in a log file, stopped by its own process id
 * and those of its descendants (the start scripts of WildFly and Liberty fork the JVM).
 */
public final class ChildProcess implements AutoCloseable {

  private final Process process;
  private final Path log;

  private ChildProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts a command with its output, standard error included, written to a log file.
   *
   * @param command the command and its arguments
   * @param env variables added to this process's environment
   * @param dir the working directory
   * @param log where the output goes; its directory is created
   * @return the running process
   */
  public static ChildProcess start(
      List<String> command, Map<String, String> env, Path dir, Path log) {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().putAll(env);
      return new ChildProcess(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  /**
   * Whether it still runs.
   *
   * @return {@code true} while the process is alive
   */
  public boolean alive() {
    return process.isAlive();
  }

  /**
   * The log file.
   *
   * @return where its output goes
   */
  public Path log() {
    return log;
  }

  /**
   * The last lines of the log, for failure messages.
   *
   * @return up to 40 lines
   */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log: " + e + ")";
    }
  }

  @Override
  public void close() {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      for (ProcessHandle child : children) {
        child.onExit().get(30, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      children.forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }
}
