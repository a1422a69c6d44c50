package io.djk8s.benchmarks.harness;

import io.djk8s.benchmarks.app.BenchDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs every benchmark scenario and writes {@code RESULTS.md} and {@code results.png}.
 *
 * <p>Arguments: {@code --smoke} (seconds, no thresholds; writes to {@code
 * benchmarks/target/smoke}), {@code --out DIR}, {@code --only livez,parallelism,storm,exec,
 * blackhole,policy,engine,grpc}, {@code --cli-jar PATH} (default {@code $DJK8S_CLI_JAR}, else
 * {@code djk8s-cli/target/djk8s-cli.jar}), {@code --postgres HOST:PORT} (default {@code
 * 127.0.0.1:5432}).
 */
public final class BenchmarkMain {

  private static final List<String> ALL =
      List.of("livez", "parallelism", "storm", "exec", "blackhole", "policy", "engine", "grpc");
  private static final Duration DEADLINE = Duration.ofMillis(800);

  private BenchmarkMain() {}

  /**
   * Runs the benchmarks.
   *
   * @param args see the class description
   * @throws Exception when a scenario cannot run
   */
  public static void main(String[] args) throws Exception {
    boolean smoke = false;
    Path out = null;
    Set<String> only = new HashSet<>(ALL);
    String cli = System.getenv().getOrDefault("DJK8S_CLI_JAR", "djk8s-cli/target/djk8s-cli.jar");
    String postgresAddress = "127.0.0.1:5432";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke" -> smoke = true;
        case "--out" -> out = Path.of(args[++i]);
        case "--only" -> only = new HashSet<>(Arrays.asList(args[++i].split(",")));
        case "--cli-jar" -> cli = args[++i];
        case "--postgres" -> postgresAddress = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Plan plan = smoke ? Plan.smokeRun() : Plan.fullRun();
    if (out == null) {
      out = Path.of(smoke ? "benchmarks/target/smoke" : "benchmarks");
    }
    Path work = Files.createDirectories(Path.of("benchmarks/target/bench-work"));
    Files.createDirectories(out);
    String[] hostPort = postgresAddress.split(":");
    Postgres postgres = new Postgres(hostPort[0], Integer.parseInt(hostPort[1]));
    String started = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT);
    String loadBefore = loadAverage();
    long begin = System.nanoTime();
    postgres.prepare();
    Report report = new Report();
    BlackHoleScenario.Result blackHole = null;
    StormScenario.Result storm = null;
    try (Sampler sampler = new Sampler()) {
      if (only.contains("livez") || only.contains("parallelism")) {
        Map<String, String> props = new HashMap<>(base());
        props.put(
            "djk8s.readiness.probes", "sleep1,sleep2,sleep3,sleep4,sleep5,sleep6,sleep7,sleep8");
        Progress.say("server: livez and parallelism");
        try (ServerProcess server = ServerProcess.start(props, work.resolve("server-livez.log"))) {
          if (only.contains("livez")) {
            report.livez(LivezScenario.run(server, plan, sampler));
          }
          if (only.contains("parallelism")) {
            report.parallelism(ParallelismScenario.run(server, plan, sampler));
          }
        }
      }
      if (only.contains("storm") || only.contains("exec")) {
        Map<String, String> props = new HashMap<>(base());
        props.put(BenchDataSource.URL_KEY, postgres.benchUrl());
        Progress.say("server: storm and exec on %s", postgres.describe());
        try (ServerProcess server = ServerProcess.start(props, work.resolve("server-storm.log"))) {
          if (only.contains("storm")) {
            storm = StormScenario.run(server, plan, sampler, postgres);
            report.storm(storm);
          }
          if (only.contains("exec")) {
            report.exec(ExecScenario.run(server, plan, Optional.of(Path.of(cli)), postgres, work));
          }
        }
      }
      if (only.contains("blackhole")) {
        try (BlackHole hole = new BlackHole()) {
          Map<String, String> props = new HashMap<>(base());
          props.put(BenchDataSource.URL_KEY, "jdbc:postgresql://127.0.0.1:" + hole.port() + "/x");
          Progress.say("server: black hole on port %d", hole.port());
          try (ServerProcess server =
              ServerProcess.start(props, work.resolve("server-blackhole.log"))) {
            blackHole = BlackHoleScenario.run(server, plan, sampler, DEADLINE);
            report.blackHole(blackHole);
          }
        }
      }
      if (only.contains("policy")) {
        PolicyRun.run(plan, sampler, postgres, work, base(), DEADLINE, report);
      }
    }
    if (only.contains("grpc")) {
      Progress.say("gRPC health: djk8s against HealthStatusManager");
      report.grpc(GrpcScenario.run(plan));
    }
    if (only.contains("engine")) {
      Progress.say("JMH");
      report.engine(Jmh.run(plan));
    }
    String chart = "";
    if (blackHole != null && storm != null) {
      Chart.write(blackHole, storm, out.resolve("results.png"));
      chart =
          "\n## Chart\n\n![Black-holed database and probe storm: djk8s against SmallRye"
              + " Health](results.png)\n";
    }
    long seconds = (System.nanoTime() - begin) / 1_000_000_000L;
    String header = header(plan, started, loadBefore, loadAverage(), seconds, postgres, only, cli);
    Path results = out.resolve("RESULTS.md");
    Files.writeString(results, report.markdown(header, chart + footer()), StandardCharsets.UTF_8);
    Progress.say("wrote %s in %d s", results, seconds);
  }

  private static Map<String, String> base() {
    return Map.of(
        "mp.health.disable-default-procedures",
        "true",
        "djk8s.probe.timeout",
        DEADLINE.toMillis() + "ms",
        "bench.jdbc.user",
        Postgres.NAME);
  }

  private static String header(
      Plan plan,
      String started,
      String loadBefore,
      String loadAfter,
      long seconds,
      Postgres postgres,
      Set<String> only,
      String cli)
      throws Exception {
    return "# djk8s benchmarks\n\n"
        + "Generated by `benchmarks/run.sh"
        + (plan.smoke() ? " --smoke" : "")
        + "` — do not edit by hand; see"
        + " [docs/readme-benchmarks.md](../docs/readme-benchmarks.md) for what each row means.\n\n"
        + "| | |\n|---|---|\n"
        + "| date | "
        + started
        + " ("
        + seconds
        + " s"
        + (plan.smoke() ? ", **smoke run: too short to mean anything**" : "")
        + ") |\n"
        + "| code | commit "
        + version("git", "rev-parse", "--short", "HEAD")
        + (version("git", "status", "--porcelain", "--untracked-files=no").isEmpty()
            ? ""
            : " with uncommitted changes")
        + " |\n"
        + "| JDK | "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + " |\n"
        + "| CPU | "
        + cpu()
        + " |\n"
        + "| load average (1, 5, 15 min) | before "
        + loadBefore
        + ", after "
        + loadAfter
        + " |\n"
        + "| database | "
        + postgres.describe()
        + " |\n"
        + "| server under test | Jersey 3.1.11 on the JDK HTTP server"
        + " (`-Dsun.net.httpserver.nodelay=true`), Weld SE 5.1.7, SmallRye Health 4.3.0,"
        + " separate JVM, `-Xmx256m` |\n"
        + "| tools | "
        + version("wrk", "-v")
        + ", "
        + version("hyperfine", "--version")
        + ", JMH 1.37 |\n"
        + (only.containsAll(ALL) ? "" : "| scenarios | " + String.join(", ", only) + " |\n")
        + "\nAbsolute numbers depend on this shared machine; the ratios are the claim: each"
        + " compares contenders measured side by side in the same run, in alternating order.\n";
  }

  private static String footer() {
    return "\n## Reproduce\n\n```sh\n./mvnw -B -q -DskipTests package -pl benchmarks -am\n"
        + "benchmarks/run.sh            # full run, about 9 minutes, rewrites this file\n"
        + "benchmarks/run.sh --smoke    # seconds, writes benchmarks/target/smoke/\n```\n";
  }

  private static String cpu() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
    String model =
        lines.stream()
            .filter(line -> line.startsWith("model name"))
            .map(line -> line.substring(line.indexOf(':') + 1).trim())
            .findFirst()
            .orElse("unknown");
    return model + ", " + Runtime.getRuntime().availableProcessors() + " cores";
  }

  private static String loadAverage() {
    try {
      return Arrays.stream(Files.readString(Path.of("/proc/loadavg")).split(" "))
          .limit(3)
          .collect(Collectors.joining(" "));
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String version(String... command) {
    String tool = command[0];
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      return text.lines().findFirst().orElse("").replaceAll("\\s+\\[.*$", "").trim();
    } catch (IOException | InterruptedException e) {
      return tool + " (unknown version)";
    }
  }
}
