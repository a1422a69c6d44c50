package io.djk8s.benchmarks.harness;

import java.net.URI;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Row 4: 200 concurrent clients (wrk, 2 threads, 200 connections) on djk8s's {@code /readyz} and on
 * SmallRye Health's {@code /health/ready}, both checking the same real PostgreSQL database,
 * alternated round by round; the database's own counters say how many sessions (one connection and
 * one check each) it served per variant.
 */
final class StormScenario {

  static final int CONNECTIONS = 200;
  static final String[] PATHS = {"/readyz", "/health/ready"};

  /**
   * Medians over rounds, per path in {@link #PATHS} order.
   *
   * @param rps requests/s
   * @param p99 p99 latency (ms)
   * @param failedShare share of answers that were not 2xx (or never came)
   * @param sessionsPerThousand database sessions per 1000 answered requests
   * @param sessions database sessions per second
   * @param transactions database transactions per second
   * @param peakConnections most connections the checks held at once (sampled every 100 ms)
   * @param throughputRatio median per-round ratio of djk8s's to SmallRye's requests/s
   * @param rounds how many rounds
   */
  record Result(
      double[] rps,
      double[] p99,
      double[] failedShare,
      double[] sessionsPerThousand,
      double[] sessions,
      double[] transactions,
      double[] peakConnections,
      double throughputRatio,
      int rounds) {}

  private StormScenario() {}

  static Result run(ServerProcess server, Plan plan, Sampler sampler, Postgres postgres)
      throws Exception {
    for (String path : PATHS) {
      sampler.awaitOk(server.uri(path), Duration.ofSeconds(30));
      Wrk.run(server.uri(path), 2, CONNECTIONS, Duration.ofSeconds(1), Duration.ofSeconds(10));
    }
    List<List<Double>> rps = lists();
    List<List<Double>> p99 = lists();
    List<List<Double>> failed = lists();
    List<List<Double>> perThousand = lists();
    List<List<Double>> sessions = lists();
    List<List<Double>> transactions = lists();
    List<List<Double>> peaks = lists();
    List<Double> ratio = new ArrayList<>();
    for (int round = 0; round < plan.rounds(); round++) {
      Wrk.Result[] results = new Wrk.Result[PATHS.length];
      for (int i = 0; i < PATHS.length; i++) {
        int index = (i + round) % PATHS.length;
        Measured measured = measure(server.uri(PATHS[index]), plan.stormRound(), postgres);
        Wrk.Result result = measured.wrk();
        results[index] = result;
        rps.get(index).add(result.requestsPerSecond());
        p99.get(index).add(result.p99Millis());
        double answered = Math.max(1, result.requests());
        failed
            .get(index)
            .add((result.non2xx() + result.socketErrors()) / (answered + result.socketErrors()));
        perThousand
            .get(index)
            .add(measured.sessionsPerSecond() * 1000 / result.requestsPerSecond());
        sessions.get(index).add(measured.sessionsPerSecond());
        transactions.get(index).add(measured.transactionsPerSecond());
        peaks.get(index).add((double) measured.peak());
        Progress.say(
            "storm round %d %s: %.0f req/s, %d non-2xx of %d, %.1f sessions/s, %.1f"
                + " transactions/s, peak %d connections",
            round + 1,
            PATHS[index],
            result.requestsPerSecond(),
            result.non2xx(),
            result.requests(),
            measured.sessionsPerSecond(),
            measured.transactionsPerSecond(),
            measured.peak());
      }
      ratio.add(results[0].requestsPerSecond() / results[1].requestsPerSecond());
    }
    return new Result(
        medians(rps),
        medians(p99),
        medians(failed),
        medians(perThousand),
        medians(sessions),
        medians(transactions),
        medians(peaks),
        Stats.median(ratio),
        plan.rounds());
  }

  /**
   * One wrk run and the database's counting over its steady middle.
   *
   * @param wrk what wrk measured
   * @param sessionsPerSecond sessions the database accepted per second of the counted window
   * @param transactionsPerSecond transactions per second of the window
   * @param peak most connections of the role at once in the window
   * @param seconds how long the counted window was
   */
  record Measured(
      Wrk.Result wrk,
      double sessionsPerSecond,
      double transactionsPerSecond,
      int peak,
      double seconds) {}

  /**
   * Runs wrk and reads the database's counters one second after it starts and one second before it
   * ends, so that neither the ramp-up nor the requests still queued in the server when wrk stops
   * are counted.
   */
  static Measured measure(URI uri, Duration duration, Postgres postgres) throws Exception {
    long start = System.nanoTime();
    CompletableFuture<Wrk.Result> wrk =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Wrk.run(uri, 2, CONNECTIONS, duration, Duration.ofSeconds(10));
              } catch (Exception e) {
                throw new CompletionException(e);
              }
            });
    sleepUntil(start + TimeUnit.SECONDS.toNanos(1));
    long firstAt = System.nanoTime();
    Postgres.Counters first = postgres.counters();
    int peak = 0;
    long end = start + duration.toNanos() - TimeUnit.SECONDS.toNanos(1);
    try (Connection admin = postgres.admin()) {
      while (System.nanoTime() < end) {
        peak = Math.max(peak, Postgres.connectionsHeld(admin));
        sleepUntil(Math.min(end, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100)));
      }
    }
    long lastAt = System.nanoTime();
    Postgres.Counters last = postgres.counters();
    Wrk.Result result = wrk.get(duration.toSeconds() + 60, TimeUnit.SECONDS);
    Postgres.Counters delta = last.minus(first);
    double seconds = (lastAt - firstAt) / 1e9;
    return new Measured(
        result, delta.sessions() / seconds, delta.transactions() / seconds, peak, seconds);
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  private static List<List<Double>> lists() {
    List<List<Double>> lists = new ArrayList<>();
    for (int i = 0; i < PATHS.length; i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }

  static double[] medians(List<List<Double>> lists) {
    double[] medians = new double[lists.size()];
    for (int i = 0; i < medians.length; i++) {
      medians[i] = Stats.median(lists.get(i));
    }
    return medians;
  }
}
