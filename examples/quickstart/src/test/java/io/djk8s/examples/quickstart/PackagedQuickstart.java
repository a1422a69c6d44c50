package io.djk8s.examples.quickstart;

import static org.awaitility.Awaitility.await;

import io.djk8s.testing.Http;
import io.djk8s.testing.LoopbackPorts;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged quickstart as an operator runs it (the jar with its lib/ beside it) in a child JVM:
 * no {@code DJK8S_*} variable of the test's environment, no shutdown drain, a free loopback port,
 * standard output and error in one log file.
 */
final class PackagedQuickstart implements AutoCloseable {

  private static final Path JAR = Path.of("target/djk8s-quickstart.jar").toAbsolutePath();

  private final Process process;
  private final int port;
  private final Path log;

  private PackagedQuickstart(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts the quickstart.
   *
   * @param log the file that gets its output
   * @param env environment variables on top of the defaults (they may override them)
   * @param jvmOptions options for its JVM, before {@code -jar}
   * @return the running quickstart
   * @throws IOException when the JVM cannot be started
   */
  static PackagedQuickstart start(Path log, Map<String, String> env, List<String> jvmOptions)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("DJK8S_"));
    builder.environment().put("DJK8S_SHUTDOWN_DRAIN", "0");
    builder.environment().putAll(env);
    int port = LoopbackPorts.free();
    builder.environment().put("QUICKSTART_PORT", Integer.toString(port));
    builder.redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    return new PackagedQuickstart(builder.start(), port, log);
  }

  /** Waits until {@code /startupz} answers 200, for at most 120 s. */
  void awaitStarted() {
    await("the quickstart answers /startupz")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> Http.tryGet(uri("/startupz")).map(a -> a.status() == 200).orElse(false));
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  Path log() {
    return log;
  }

  Process process() {
    return process;
  }

  /** Kills the quickstart. */
  @Override
  public void close() {
    process.destroyForcibly();
  }
}
