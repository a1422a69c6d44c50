package io.djk8s.benchmarks.harness;

import io.djk8s.benchmarks.exec.Hello;
import io.djk8s.core.status.StatusFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Row 5: the cost of one exec probe call under hyperfine — a JVM hello-world (the floor of any Java
 * command), {@code curl} of the HTTP probes (what an {@code httpGet} probe costs from outside),
 * and, when its jar exists, djk8s's command-line {@code probe --live} / {@code probe --ready} in
 * client mode (asking this server) and in-process mode (running the probes itself against
 * PostgreSQL), and file mode three ways: {@code cat} of the status file (the floor of reading it at
 * all), the launcher answering in the shell (dash, and busybox ash when installed), and the JVM
 * ({@code java -jar}). This harness plays the application: it rewrites the status file every second
 * in its own name, so the file stays fresh and its writer alive.
 */
final class ExecScenario {

  /**
   * The figures.
   *
   * @param results one per command, the hello-world first
   * @param cliMissing why the command-line probe was not measured, if it was not
   * @param cliJar the command-line jar measured, if any
   */
  record Result(
      List<Hyperfine.Result> results, Optional<String> cliMissing, Optional<Path> cliJar) {

    /** The result of the command of that name, if it ran. */
    Optional<Hyperfine.Result> named(String name) {
      return results.stream().filter(r -> r.name().equals(name)).findFirst();
    }
  }

  /** The floor of file mode. */
  static final String CAT = "cat of the status file";

  /** File mode answered by the launcher under dash. */
  static final String FILE_SH = "probe --ready (file mode, sh: dash)";

  /** File mode answered by the launcher under busybox ash. */
  static final String FILE_BUSYBOX = "probe --ready (file mode, sh: busybox ash)";

  /** File mode answered by the JVM. */
  static final String FILE_JVM = "probe --ready (file mode, JVM)";

  private ExecScenario() {}

  static Result run(
      ServerProcess server, Plan plan, Optional<Path> cliJar, Postgres postgres, Path work)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String helloPath =
        Path.of(Hello.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    List<String> names = new ArrayList<>();
    List<String> commands = new ArrayList<>();
    names.add("JVM hello-world");
    commands.add(java + " -cp " + helloPath + " " + Hello.class.getName());
    names.add("curl /livez");
    commands.add("curl -sS -o /dev/null " + server.uri("/livez"));
    names.add("curl /readyz");
    commands.add("curl -sS -o /dev/null " + server.uri("/readyz"));
    Optional<String> cliMissing = Optional.empty();
    if (cliJar.isPresent() && Files.isRegularFile(cliJar.get())) {
      String cli = java + " -jar " + cliJar.get();
      String base = server.uri("").toString();
      names.add("probe --live (client mode)");
      commands.add(cli + " probe --live --mode client --url " + base);
      names.add("probe --ready (client mode)");
      commands.add(cli + " probe --ready --mode client --url " + base);
      Path dir = work.resolve("status");
      Path launcher = cliJar.get().resolveSibling("djk8s");
      names.add(CAT);
      commands.add("cat " + dir.resolve(StatusFile.READY));
      if (Files.isExecutable(Path.of("/usr/bin/dash"))) {
        names.add(FILE_SH);
        commands.add("/usr/bin/dash " + launcher + " probe --ready --status-dir " + dir);
      }
      if (Files.isExecutable(Path.of("/usr/bin/busybox"))) {
        names.add(FILE_BUSYBOX);
        commands.add("/usr/bin/busybox sh " + launcher + " probe --ready --status-dir " + dir);
      }
      names.add(FILE_JVM);
      commands.add(cli + " probe --ready --status-dir " + dir);
      names.add("probe --live (in-process mode)");
      commands.add(cli + " probe --live --mode in-process");
      names.add("probe --ready (in-process mode)");
      commands.add(cli + " probe --ready --mode in-process");
    } else {
      cliMissing =
          Optional.of(
              "not measured: CLI not built (no "
                  + cliJar.map(Path::toString).orElse("djk8s-cli.jar")
                  + "; build the cli module or set DJK8S_CLI_JAR)");
    }
    Map<String, String> environment =
        Map.of(
            "DJK8S_READINESS_PROBES",
            "database",
            "DJK8S_DATASOURCE_BENCH_URL",
            postgres.benchUrl(),
            "DJK8S_DATASOURCE_BENCH_USERNAME",
            Postgres.NAME);
    List<Hyperfine.Result> results;
    ScheduledExecutorService writer = statusWriter(work.resolve("status"));
    try {
      results = Hyperfine.run(names, commands, environment, plan.execRuns(), work);
    } finally {
      writer.shutdownNow();
    }
    for (Hyperfine.Result result : results) {
      Progress.say(
          "exec %s: %.1f ms wall, %.1f ms CPU%s",
          result.name(),
          result.medianMillis(),
          result.cpuMillis(),
          result.failures() > 0 ? " (" + result.failures() + " non-zero exits)" : "");
    }
    return new Result(results, cliMissing, cliMissing.isPresent() ? Optional.empty() : cliJar);
  }

  /** Writes a ready status file now and every second, as the application would. */
  private static ScheduledExecutorService statusWriter(Path dir) throws IOException {
    Files.createDirectories(dir);
    Runnable write =
        () -> {
          try {
            new StatusFile(true, "Ok", java.time.Instant.now())
                .write(dir.resolve(StatusFile.READY));
          } catch (IOException e) {
            Progress.say("exec: cannot write the status file: %s", e);
          }
        };
    write.run();
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "status-writer");
              thread.setDaemon(true);
              return thread;
            });
    scheduler.scheduleWithFixedDelay(write, 1, 1, TimeUnit.SECONDS);
    return scheduler;
  }
}
