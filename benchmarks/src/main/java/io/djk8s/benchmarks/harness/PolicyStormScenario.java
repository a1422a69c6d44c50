package io.djk8s.benchmarks.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Row 8, storm: the {@code database} probe refreshed in the background every {@code interval}
 * ({@code djk8s.probes.database.interval}), 200 concurrent clients (wrk, 2 threads, 200
 * connections) on {@code /readyz} against the floor, {@code /bare}, on the same server, alternated
 * round by round (and {@code /readyz} without its lifecycle probes, for context). PostgreSQL counts
 * the sessions as in row 4 ({@link StormScenario#measure}): one per interval whatever the storm,
 * and the same while {@code /bare} is stormed instead.
 */
final class PolicyStormScenario {

  /**
   * {@code /readyz}; the floor; and {@code /readyz} without the lifecycle probes that every request
   * still runs on the probe threads ({@code manual}, {@code shutdown}), to show what they cost.
   */
  static final String[] PATHS = {"/readyz", "/bare", "/readyz?exclude=manual&exclude=shutdown"};

  /**
   * Medians over rounds, per path in {@link #PATHS} order, and the database's sessions summed.
   *
   * @param rps requests/s
   * @param p99 p99 latency (ms)
   * @param failedShare share of answers that were not 2xx (or never came)
   * @param sessions database sessions counted while each path was stormed, all rounds together
   * @param seconds how long they were counted, all rounds together
   * @param vsBare median per-round ratio of {@code /readyz} to {@code /bare} requests/s
   * @param withoutLifecycleVsBare the same for {@code /readyz} without its lifecycle probes
   * @param interval the refresh interval of the {@code database} probe
   * @param rounds how many rounds
   */
  record Result(
      double[] rps,
      double[] p99,
      double[] failedShare,
      double[] sessions,
      double[] seconds,
      double vsBare,
      double withoutLifecycleVsBare,
      Duration interval,
      int rounds) {

    /** Sessions per refresh interval while the path was stormed. */
    double sessionsPerInterval(int path) {
      return sessions[path] / seconds[path] * interval.toMillis() / 1000.0;
    }
  }

  private PolicyStormScenario() {}

  static Result run(
      ServerProcess server, Plan plan, Sampler sampler, Postgres postgres, Duration interval)
      throws Exception {
    for (String path : PATHS) {
      sampler.awaitOk(server.uri(path), Duration.ofSeconds(30));
      if (plan.smoke()) {
        continue; // the smoke run only proves the scenario runs: no JIT warm-up
      }
      Wrk.run(
          server.uri(path),
          2,
          StormScenario.CONNECTIONS,
          plan.livezWarmup(),
          Duration.ofSeconds(10));
    }
    List<List<Double>> rps = lists();
    List<List<Double>> p99 = lists();
    List<List<Double>> failed = lists();
    double[] sessions = new double[PATHS.length];
    double[] seconds = new double[PATHS.length];
    List<Double> vsBare = new ArrayList<>();
    List<Double> withoutLifecycleVsBare = new ArrayList<>();
    for (int round = 0; round < plan.rounds(); round++) {
      double[] roundRps = new double[PATHS.length];
      for (int i = 0; i < PATHS.length; i++) {
        int index = (i + round) % PATHS.length;
        StormScenario.Measured measured =
            StormScenario.measure(server.uri(PATHS[index]), plan.stormRound(), postgres);
        Wrk.Result result = measured.wrk();
        roundRps[index] = result.requestsPerSecond();
        rps.get(index).add(result.requestsPerSecond());
        p99.get(index).add(result.p99Millis());
        double answered = Math.max(1, result.requests());
        failed
            .get(index)
            .add((result.non2xx() + result.socketErrors()) / (answered + result.socketErrors()));
        sessions[index] += measured.sessionsPerSecond() * measured.seconds();
        seconds[index] += measured.seconds();
        Progress.say(
            "policy storm round %d %s: %.0f req/s, %d non-2xx of %d, %.0f sessions in %.1f s",
            round + 1,
            PATHS[index],
            result.requestsPerSecond(),
            result.non2xx(),
            result.requests(),
            measured.sessionsPerSecond() * measured.seconds(),
            measured.seconds());
      }
      vsBare.add(roundRps[0] / roundRps[1]);
      withoutLifecycleVsBare.add(roundRps[2] / roundRps[1]);
    }
    return new Result(
        StormScenario.medians(rps),
        StormScenario.medians(p99),
        StormScenario.medians(failed),
        sessions,
        seconds,
        Stats.median(vsBare),
        Stats.median(withoutLifecycleVsBare),
        interval,
        plan.rounds());
  }

  private static List<List<Double>> lists() {
    List<List<Double>> lists = new ArrayList<>();
    for (int i = 0; i < PATHS.length; i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }
}
