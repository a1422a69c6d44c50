package io.djk8s.benchmarks.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Row 1: {@code /livez} (djk8s's filter), {@code /bare} (a bare resource, the floor) and {@code
 * /health/live} (SmallRye Health) on the same server under wrk, 2 threads and 32 connections, the
 * three rotated within each round so that machine noise hits all alike.
 */
final class LivezScenario {

  static final String[] PATHS = {"/livez", "/bare", "/health/live"};
  static final int THREADS = 2;
  static final int CONNECTIONS = 32;
  static final int MAX_WARMUP_PASSES = 5;
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  /**
   * Medians over rounds.
   *
   * @param rps requests/s per path, in {@link #PATHS} order
   * @param p99 p99 latency (ms) per path
   * @param vsBare median of the per-round ratios of {@code /livez} to {@code /bare} requests/s
   * @param vsSmallRye the same against {@code /health/live}
   * @param p99VsBare median per-round ratio of p99 latencies (lower is better)
   * @param p99VsSmallRye the same against {@code /health/live}
   * @param rounds how many rounds
   */
  record Result(
      double[] rps,
      double[] p99,
      double vsBare,
      double vsSmallRye,
      double p99VsBare,
      double p99VsSmallRye,
      int rounds) {}

  private LivezScenario() {}

  /**
   * Warms the server up (the JIT compiles the shared Jersey code and each path's own) in passes
   * over the three paths until no path's throughput moves by more than 10 % from one pass to the
   * next, at most {@value #MAX_WARMUP_PASSES} passes.
   */
  private static void warmUp(ServerProcess server, Plan plan) throws Exception {
    double[] previous = new double[PATHS.length];
    int passes = plan.smoke() ? 1 : MAX_WARMUP_PASSES;
    for (int pass = 1; pass <= passes; pass++) {
      boolean stable = pass > 1;
      double[] now = new double[PATHS.length];
      for (int i = 0; i < PATHS.length; i++) {
        now[i] =
            Wrk.run(server.uri(PATHS[i]), THREADS, CONNECTIONS, plan.livezWarmup(), TIMEOUT)
                .requestsPerSecond();
        stable &= Math.abs(now[i] - previous[i]) <= 0.1 * previous[i];
      }
      Progress.say("livez warm-up pass %d: %.0f / %.0f / %.0f req/s", pass, now[0], now[1], now[2]);
      if (stable) {
        return;
      }
      previous = now;
    }
  }

  static Result run(ServerProcess server, Plan plan, Sampler sampler) throws Exception {
    for (String path : PATHS) {
      sampler.awaitOk(server.uri(path), Duration.ofSeconds(30));
    }
    warmUp(server, plan);
    List<List<Double>> rps = new ArrayList<>();
    List<List<Double>> p99 = new ArrayList<>();
    for (int i = 0; i < PATHS.length; i++) {
      rps.add(new ArrayList<>());
      p99.add(new ArrayList<>());
    }
    List<Double> vsBare = new ArrayList<>();
    List<Double> vsSmallRye = new ArrayList<>();
    List<Double> p99VsBare = new ArrayList<>();
    List<Double> p99VsSmallRye = new ArrayList<>();
    for (int round = 0; round < plan.rounds(); round++) {
      Wrk.Result[] results = new Wrk.Result[PATHS.length];
      for (int i = 0; i < PATHS.length; i++) {
        int index = (i + round) % PATHS.length;
        results[index] =
            Wrk.run(
                server.uri(PATHS[index]),
                THREADS,
                CONNECTIONS,
                plan.livezRound(),
                Duration.ofSeconds(5));
        if (results[index].non2xx() > 0) {
          throw new IllegalStateException(PATHS[index] + " gave non-2xx answers under load");
        }
      }
      for (int i = 0; i < PATHS.length; i++) {
        rps.get(i).add(results[i].requestsPerSecond());
        p99.get(i).add(results[i].p99Millis());
      }
      vsBare.add(results[0].requestsPerSecond() / results[1].requestsPerSecond());
      vsSmallRye.add(results[0].requestsPerSecond() / results[2].requestsPerSecond());
      p99VsBare.add(results[0].p99Millis() / results[1].p99Millis());
      p99VsSmallRye.add(results[0].p99Millis() / results[2].p99Millis());
      Progress.say(
          "livez round %d: %.0f / %.0f / %.0f req/s",
          round + 1,
          results[0].requestsPerSecond(),
          results[1].requestsPerSecond(),
          results[2].requestsPerSecond());
    }
    double[] rpsMedian = new double[PATHS.length];
    double[] p99Median = new double[PATHS.length];
    for (int i = 0; i < PATHS.length; i++) {
      rpsMedian[i] = Stats.median(rps.get(i));
      p99Median[i] = Stats.median(p99.get(i));
    }
    return new Result(
        rpsMedian,
        p99Median,
        Stats.median(vsBare),
        Stats.median(vsSmallRye),
        Stats.median(p99VsBare),
        Stats.median(p99VsSmallRye),
        plan.rounds());
  }
}
