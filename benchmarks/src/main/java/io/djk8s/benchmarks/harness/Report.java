package io.djk8s.benchmarks.harness;

import io.djk8s.benchmarks.app.SleepProbes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Writes RESULTS.md: the ratio table first, then the absolute figures as context. */
final class Report {

  private final java.util.List<String[]> rows = new java.util.ArrayList<>();
  private final Map<String, StringBuilder> sections = new java.util.TreeMap<>();

  void row(
      String number,
      String measure,
      String ours,
      String reference,
      String ratio,
      String goal,
      String met) {
    rows.add(new String[] {number, measure, ours, reference, ratio, goal, met});
  }

  static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  static String met(boolean met) {
    return met ? "**yes**" : "**no**";
  }

  void livez(LivezScenario.Result r) {
    row(
        "1",
        "`/livez` requests/s vs bare resource `/bare`",
        f("%.0f/s", r.rps()[0]),
        f("%.0f/s", r.rps()[1]),
        f("%.2f×", r.vsBare()),
        "≥ 0.95×",
        met(r.vsBare() >= 0.95));
    row(
        "1",
        "`/livez` requests/s vs SmallRye `/health/live`",
        f("%.0f/s", r.rps()[0]),
        f("%.0f/s", r.rps()[2]),
        f("%.2f×", r.vsSmallRye()),
        "≥ 1.0×",
        met(r.vsSmallRye() >= 1.0));
    row(
        "1",
        "`/livez` p99 latency vs `/bare` (lower is better)",
        f("%.2f ms", r.p99()[0]),
        f("%.2f ms", r.p99()[1]),
        f("%.2f×", r.p99VsBare()),
        "context",
        "—");
    row(
        "1",
        "`/livez` p99 latency vs `/health/live` (lower is better)",
        f("%.2f ms", r.p99()[0]),
        f("%.2f ms", r.p99()[2]),
        f("%.2f×", r.p99VsSmallRye()),
        "context",
        "—");
    section("1").append("\n### 1. `/livez` overhead (wrk, 2 threads, 32 connections)\n\n");
    section("1")
        .append(
            f(
                "Medians over %d rounds; in each round the three paths ran one after another on the"
                    + " same server, in rotated order.\n\n",
                r.rounds()));
    section("1").append("| path | what answers | requests/s | p99 |\n|---|---|---|---|\n");
    String[] what = {
      "djk8s's `@PreMatching` filter", "bare JAX-RS resource returning `Ok`", "SmallRye Health"
    };
    for (int i = 0; i < LivezScenario.PATHS.length; i++) {
      section("1")
          .append(
              f(
                  "| `%s` | %s | %.0f | %.2f ms |\n",
                  LivezScenario.PATHS[i], what[i], r.rps()[i], r.p99()[i]));
    }
  }

  void parallelism(ParallelismScenario.Result r) {
    long d = SleepProbes.MILLIS;
    section("2")
        .append(
            f(
                "\n### 2. Parallelism (`/readyz`, k probes of d = %d ms each, %d sequential calls per k)"
                    + "\n\n| k | p50 | p99 | p50 / d | one after another would take |\n"
                    + "|---|---|---|---|---|\n",
                d, r.calls()));
    for (int i = 0; i < ParallelismScenario.KS.length; i++) {
      int k = ParallelismScenario.KS[i];
      double ratio = r.p50()[i] / d;
      row(
          "2",
          f("`/readyz` with k = %d probes of d = %d ms: p50 / d", k, d),
          f("%.1f ms", r.p50()[i]),
          f("d = %d ms (serial: %d ms)", d, k * d),
          f("%.2f×", ratio),
          "≤ 1.5× (≈ d, not k·d)",
          met(ratio <= 1.5));
      section("2")
          .append(
              f(
                  "| %d | %.1f ms | %.1f ms | %.2f | %d ms |\n",
                  k, r.p50()[i], r.p99()[i], ratio, k * d));
    }
  }

  void blackHole(BlackHoleScenario.Result r) {
    long deadline = r.deadline().toMillis();
    double p99 = r.ourMillis(99);
    row(
        "3",
        "black-holed database: `/readyz` p99 time to answer vs deadline",
        f("%.0f ms", p99),
        f("deadline %d ms", deadline),
        f("%+.0f ms", p99 - deadline),
        "≤ deadline + 50 ms",
        met(p99 <= deadline + 50));
    long timeouts = r.smallRyeTimeouts();
    double srP50 = r.smallRyeMillis(50);
    boolean capped = timeouts * 2 >= r.smallRye().size();
    row(
        "3",
        "black-holed database: SmallRye `/health/ready` p50 vs `/readyz` p50",
        f("%.0f ms", r.ourMillis(50)),
        capped
            ? f(
                "> %d ms (%d/%d timed out)",
                r.clientTimeout().toMillis(), timeouts, r.smallRye().size())
            : f("%.0f ms (%d/%d timed out)", srP50, timeouts, r.smallRye().size()),
        (capped ? "≥ " : "") + f("%.1f× slower", srP50 / r.ourMillis(50)),
        "context",
        "—");
    section("3")
        .append(
            f(
                "\n### 3. Black-holed database (a loopback socket that accepts and never answers)\n\n"
                    + "| contender | calls | p50 | p99 | max | answers |\n|---|---|---|---|---|---|\n"
                    + "| djk8s `/readyz` (`database` probe, deadline %d ms) | %d | %.0f ms | %.0f ms |"
                    + " %.0f ms | %d × 503 |\n"
                    + "| SmallRye `/health/ready` (plain JDBC `@Readiness` check) | %d | %s | %s | %s |"
                    + " %d timed out at the client's %d s |\n",
                deadline,
                r.ours().size(),
                r.ourMillis(50),
                p99,
                r.ourMillis(100),
                r.ourStatus(503),
                r.smallRye().size(),
                bounded(r.smallRyeMillis(50), r),
                bounded(r.smallRyeMillis(99), r),
                bounded(r.smallRyeMillis(100), r),
                timeouts,
                r.clientTimeout().toSeconds()));
  }

  private static String bounded(double millis, BlackHoleScenario.Result r) {
    return millis >= r.clientTimeout().toMillis()
        ? f("≥ %d ms", r.clientTimeout().toMillis())
        : f("%.0f ms", millis);
  }

  void storm(StormScenario.Result r) {
    row(
        "4",
        "probe storm (200 clients): requests/s, `/readyz` vs SmallRye `/health/ready`",
        f("%.0f/s", r.rps()[0]),
        f("%.0f/s", r.rps()[1]),
        f("%.2f×", r.throughputRatio()),
        "context (no goal set)",
        "—");
    row(
        "4",
        "probe storm: PostgreSQL sessions per 1000 requests",
        f("%.1f", r.sessionsPerThousand()[0]),
        f("%.1f", r.sessionsPerThousand()[1]),
        f("%.0f× fewer", r.sessionsPerThousand()[1] / Math.max(0.001, r.sessionsPerThousand()[0])),
        "fewer",
        met(r.sessionsPerThousand()[0] < r.sessionsPerThousand()[1]));
    row(
        "4",
        "probe storm: most PostgreSQL connections held at once by the checks",
        f("%.0f", r.peakConnections()[0]),
        f("%.0f (role limit %d)", r.peakConnections()[1], Postgres.CONNECTION_LIMIT),
        f("%.0f× fewer", r.peakConnections()[1] / Math.max(1, r.peakConnections()[0])),
        "context: one check in flight (backends still closing are listed too)",
        "—");
    row(
        "4",
        "probe storm: answers that were not 200",
        f("%.1f%%", 100 * r.failedShare()[0]),
        f("%.1f%%", 100 * r.failedShare()[1]),
        "—",
        "0% (the database is up)",
        met(r.failedShare()[0] == 0));
    section("4")
        .append(
            f(
                "\n### 4. Probe storm (wrk, 2 threads, 200 connections, real PostgreSQL; medians over %d"
                    + " rounds)\n\nThe datasource connects as role `%s` (connection limit %d, so that"
                    + " the storm cannot take the shared server's last connections) to database `%s`."
                    + " PostgreSQL itself counts: its `pg_stat_database.sessions` and `xact_commit +"
                    + " xact_rollback` for that database, read one second after wrk starts and one"
                    + " second before it ends (ramp-up and the requests still queued when wrk stops are"
                    + " left out). Both contenders open one connection per check (an unpooled"
                    + " datasource), so a session is one check the database served; rejected"
                    + " connections (over the role's limit) are not sessions."
                    + " The peak is the most connections of the role in `pg_stat_activity`, sampled"
                    + " every 100 ms.\n\n"
                    + "| contender | requests/s | p99 | not 200 | DB sessions/s | DB transactions/s |"
                    + " sessions per 1000 requests | peak connections |\n"
                    + "|---|---|---|---|---|---|---|---|\n",
                r.rounds(), Postgres.NAME, Postgres.CONNECTION_LIMIT, Postgres.NAME));
    String[] names = {"djk8s `/readyz`", "SmallRye `/health/ready`"};
    for (int i = 0; i < 2; i++) {
      section("4")
          .append(
              f(
                  "| %s | %.0f | %.0f ms | %.1f%% | %.1f | %.1f | %.1f | %.0f |\n",
                  names[i],
                  r.rps()[i],
                  r.p99()[i],
                  100 * r.failedShare()[i],
                  r.sessions()[i],
                  r.transactions()[i],
                  r.sessionsPerThousand()[i],
                  r.peakConnections()[i]));
    }
  }

  void exec(ExecScenario.Result r) {
    Hyperfine.Result hello = r.results().get(0);
    section("5")
        .append(
            "\n### 5. Exec probe cost (hyperfine, median wall time, mean CPU time)\n\n"
                + r.cliJar()
                    .map(
                        jar ->
                            "Command-line probe: `java -jar "
                                + jar
                                + "`; client mode asks the storm server, in-process mode runs the"
                                + " `database` probe itself (`DJK8S_READINESS_PROBES=database`,"
                                + " `DJK8S_DATASOURCE_BENCH_URL`), default deadline 800 ms; a non-zero"
                                + " exit is a run that answered not ready.\n\n")
                    .orElse("")
                + "| command | wall | CPU (user + sys) | non-zero exits |\n|---|---|---|---|\n");
    for (Hyperfine.Result result : r.results()) {
      section("5")
          .append(
              f(
                  "| %s | %.1f ms | %.1f ms | %d |\n",
                  result.name(), result.medianMillis(), result.cpuMillis(), result.failures()));
      if (result != hello) {
        row(
            "5",
            "exec probe: " + result.name() + " wall time (CPU time) vs JVM hello-world",
            f("%.0f ms (%.0f ms)", result.medianMillis(), result.cpuMillis()),
            f("%.0f ms (%.0f ms)", hello.medianMillis(), hello.cpuMillis()),
            f("%.2f×", result.medianMillis() / hello.medianMillis()),
            "context",
            "—");
      }
    }
    fileMode(r);
    r.cliMissing()
        .ifPresent(
            why -> {
              row("5", "exec probe: `probe --live` / `probe --ready`", why, "—", "—", "—", "—");
              section("5").append("\n").append(why).append("\n");
            });
  }

  /** File mode against its floor, {@code cat}, and what a fleet of 1,000 pods pays for it. */
  private void fileMode(ExecScenario.Result r) {
    Optional<Hyperfine.Result> cat = r.named(ExecScenario.CAT);
    if (cat.isEmpty()) {
      return;
    }
    section("5")
        .append(
            "\nFile mode: the status file is rewritten every second by the harness, as the"
                + " application would; `sh` is the launcher `djk8s` answering by itself, no JVM."
                + " Fleet: CPU seconds per probe × 1,000 pods ÷ a 10 s period = cores.\n\n"
                + "| command | CPU per probe | × `cat` | fleet cores (1,000 pods, 10 s) |\n"
                + "|---|---|---|---|\n");
    for (String name :
        List.of(
            ExecScenario.CAT,
            ExecScenario.FILE_SH,
            ExecScenario.FILE_BUSYBOX,
            ExecScenario.FILE_JVM)) {
      Optional<Hyperfine.Result> result = r.named(name);
      if (result.isEmpty()) {
        continue;
      }
      double cpu = result.get().cpuMillis();
      double ratio = cpu / cat.get().cpuMillis();
      double cores = cpu / 1000 * 1000 / 10;
      section("5").append(f("| %s | %.2f ms | %.2f× | %.2f |\n", name, cpu, ratio, cores));
      if (name.equals(ExecScenario.CAT)) {
        continue;
      }
      boolean shell = !name.equals(ExecScenario.FILE_JVM);
      row(
          "5",
          "exec probe: " + name + " CPU vs `cat` of the status file",
          f("%.2f ms", cpu),
          f("%.2f ms", cat.get().cpuMillis()),
          f("%.2f×", ratio),
          shell ? "≤ 5×" : "context",
          shell ? met(ratio <= 5) : "—");
      row(
          "5",
          "exec probe fleet: " + name + ", 1,000 pods every 10 s",
          f("%.2f cores", cores),
          f("%.2f cores (`cat`)", cat.get().cpuMillis() / 10),
          "—",
          shell ? "≤ 0.5 cores" : "context",
          shell ? met(cores <= 0.5) : "—");
    }
  }

  void engine(Map<String, Double> scores) {
    Double livez = scores.get("ProbeResponderBenchmark.livez");
    Double floor = scores.get("ResponseFloorBenchmark.okResponse");
    if (livez != null && floor != null) {
      row(
          "6",
          "JMH: a whole `/livez` answer vs building the same JAX-RS `Response` alone",
          f("%.0f ns/op", livez),
          f("%.0f ns/op", floor),
          f("%.2f×", livez / floor),
          "context",
          "—");
    }
    section("6")
        .append(
            "\n### 6. Engine overhead (JMH 1.37, average time)\n\n| benchmark | ns/op |\n|---|---|\n");
    for (Map.Entry<String, Double> score : scores.entrySet()) {
      row(
          "6",
          "JMH `" + score.getKey() + "`",
          f("%.0f ns/op", score.getValue()),
          "—",
          "—",
          "context",
          "—");
      section("6").append(f("| `%s` | %.1f |\n", score.getKey(), score.getValue()));
    }
  }

  void grpc(GrpcScenario.Result r) {
    row(
        "7",
        "gRPC `Check` p50 latency vs grpc-java `HealthStatusManager` (lower is better)",
        f("%.0f µs", r.p50()[0]),
        f("%.0f µs", r.p50()[1]),
        f("%.2f×", r.p50()[0] / r.p50()[1]),
        "context",
        "—");
    row(
        "7",
        "gRPC `Check` p99 latency vs `HealthStatusManager` (lower is better)",
        f("%.0f µs", r.p99()[0]),
        f("%.0f µs", r.p99()[1]),
        f("%.2f×", r.p99()[0] / r.p99()[1]),
        "context",
        "—");
    row(
        "7",
        "gRPC `Check` calls/s (" + GrpcScenario.THREADS + " callers) vs `HealthStatusManager`",
        f("%.0f/s", r.rps()[0]),
        f("%.0f/s", r.rps()[1]),
        f("%.2f×", r.rps()[0] / r.rps()[1]),
        "context",
        "—");
    section("7")
        .append(
            f(
                "\n### 7. gRPC health `Check` (grpc-java 1.85.1, Netty, loopback, same JVM)\n\n"
                    + "djk8s runs one no-op readiness probe per call on its engine"
                    + " (`djk8s.probe.cache-ttl=0`); `HealthStatusManager` answers from the map"
                    + " the application pushed `SERVING` into. Medians over %d rounds, the two in"
                    + " rotated order in each round.\n\n"
                    + "| service | p50 | p99 | calls/s |\n|---|---|---|---|\n"
                    + "| djk8s `Djk8sHealthService` | %.0f µs | %.0f µs | %.0f |\n"
                    + "| grpc-java `HealthStatusManager` | %.0f µs | %.0f µs | %.0f |\n",
                r.rounds(),
                r.p50()[0],
                r.p99()[0],
                r.rps()[0],
                r.p50()[1],
                r.p99()[1],
                r.rps()[1]));
  }

  StringBuilder section(String number) {
    return sections.computeIfAbsent(number, n -> new StringBuilder());
  }

  String markdown(String header, String footer) {
    StringBuilder details = new StringBuilder();
    sections.values().forEach(details::append);
    StringBuilder ratios = new StringBuilder();
    ratios.append("| # | measure | djk8s | reference | ratio | goal | met |\n");
    ratios.append("|---|---|---|---|---|---|---|\n");
    rows.stream()
        .sorted(java.util.Comparator.comparing((String[] row) -> row[0]))
        .forEach(row -> ratios.append("| ").append(String.join(" | ", row)).append(" |\n"));
    return header + "\n## Ratios\n\n" + ratios + "\n## Absolute figures\n" + details + footer;
  }
}
