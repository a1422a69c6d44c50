package io.djk8s.benchmarks.harness;

import io.djk8s.benchmarks.exec.Hello;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Row 5: the cost of one exec probe call under hyperfine — a JVM hello-world (the floor of any Java
 * command), {@code curl} of the HTTP probes (what an {@code httpGet} probe costs from outside),
 * and, when its jar exists, djk8s's command-line {@code probe --live} / {@code probe --ready} in
 * client mode (asking this server) and in-process mode (running the probes itself against
 * PostgreSQL).
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
      List<Hyperfine.Result> results, Optional<String> cliMissing, Optional<Path> cliJar) {}

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
    List<Hyperfine.Result> results =
        Hyperfine.run(names, commands, environment, plan.execRuns(), work);
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
}
