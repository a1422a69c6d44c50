package io.djk8s.benchmarks.harness;

import io.djk8s.benchmarks.app.BenchDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Row 8, the per-probe policy ({@code djk8s.probes.<name>.*}): a storm on a background-refreshed
 * {@code database} probe against {@code /bare}; a black-holed database with and without background
 * refresh; hung probes with mixed deadlines. Three servers of its own: one on the real PostgreSQL,
 * two on the same black hole that differ only in the {@code database} probe's interval.
 */
final class PolicyRun {

  /** The {@code database} probe's refresh interval where it is refreshed in the background. */
  static final Duration INTERVAL = Duration.ofSeconds(1);

  private static final String INTERVAL_KEY = "djk8s.probes.database.interval";

  private PolicyRun() {}

  static void run(
      Plan plan,
      Sampler sampler,
      Postgres postgres,
      Path work,
      Map<String, String> base,
      Duration deadline,
      Report report)
      throws Exception {
    Map<String, String> storm = new HashMap<>(base);
    storm.put(BenchDataSource.URL_KEY, postgres.benchUrl());
    storm.put("djk8s.readiness.probes", "database");
    storm.put(INTERVAL_KEY, INTERVAL.toMillis() + "ms");
    Progress.say(
        "server: policy storm on %s, database refreshed every %d ms",
        postgres.describe(), INTERVAL.toMillis());
    try (ServerProcess server =
        ServerProcess.start(storm, work.resolve("server-policy-storm.log"))) {
      PolicyReport.storm(
          report, PolicyStormScenario.run(server, plan, sampler, postgres, INTERVAL));
    }
    try (BlackHole hole = new BlackHole()) {
      Map<String, String> direct = new HashMap<>(base);
      direct.put(BenchDataSource.URL_KEY, "jdbc:postgresql://127.0.0.1:" + hole.port() + "/x");
      direct.put("djk8s.readiness.probes", "database,hang1,hang2,hang3");
      for (int i = 0; i < MixedDeadlineScenario.DEADLINES.size(); i++) {
        direct.put(
            "djk8s.probes.hang" + (i + 1) + ".timeout",
            MixedDeadlineScenario.DEADLINES.get(i).toMillis() + "ms");
      }
      Map<String, String> refreshed = new HashMap<>(direct);
      refreshed.put(INTERVAL_KEY, INTERVAL.toMillis() + "ms");
      Progress.say("servers: policy black hole on port %d, with and without refresh", hole.port());
      try (ServerProcess background =
              ServerProcess.start(refreshed, work.resolve("server-policy-background.log"));
          ServerProcess withoutRefresh =
              ServerProcess.start(direct, work.resolve("server-policy-direct.log"))) {
        PolicyReport.blackHole(
            report,
            PolicyBlackHoleScenario.run(
                background, withoutRefresh, plan, sampler, deadline, INTERVAL));
        PolicyReport.mixedDeadlines(
            report, MixedDeadlineScenario.run(withoutRefresh, plan, sampler));
      }
    }
  }
}
