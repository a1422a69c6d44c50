package io.djk8s.benchmarks.harness;

import java.time.Duration;
import java.util.List;

/**
 * Row 8, mixed deadlines: {@code /readyz} with three probes that hang ({@code hang1} .. {@code
 * hang3}), each with its own deadline ({@link #DEADLINES}), against {@code /readyz} with the one of
 * the largest deadline alone, on the same server, alternated round by round. The engine runs the
 * probes at once, so the answer comes by the largest deadline, not their sum.
 */
final class MixedDeadlineScenario {

  /** The deadlines of {@code hang1}, {@code hang2}, {@code hang3}. */
  static final List<Duration> DEADLINES =
      List.of(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));

  /** All three hung probes (the server's {@code database} probe left out). */
  static final String MIXED = "/readyz?exclude=database";

  /** {@code hang3} alone, the probe with the largest deadline. */
  static final String ALONE = "/readyz?exclude=database&exclude=hang1&exclude=hang2";

  /**
   * Times to answer.
   *
   * @param mixed calls with the three hung probes
   * @param alone calls with the one of the largest deadline alone
   */
  record Result(List<Sampler.Sample> mixed, List<Sampler.Sample> alone) {

    static long largest() {
      return DEADLINES.stream().mapToLong(Duration::toMillis).max().orElseThrow();
    }

    static long sum() {
      return DEADLINES.stream().mapToLong(Duration::toMillis).sum();
    }
  }

  private MixedDeadlineScenario() {}

  static Result run(ServerProcess server, Plan plan, Sampler sampler) throws Exception {
    sampler.call(server.uri(MIXED), Duration.ofSeconds(10));
    sampler.call(server.uri(ALONE), Duration.ofSeconds(10));
    List<List<Sampler.Sample>> samples =
        sampler.alternate(
            List.of(server.uri(MIXED), server.uri(ALONE)),
            plan.blackHoleRounds(),
            plan.blackHoleCalls(),
            BlackHoleScenario.OUR_CONCURRENCY,
            Duration.ofSeconds(10));
    List<Sampler.Sample> mixed = samples.get(0);
    List<Sampler.Sample> alone = samples.get(1);
    Progress.say(
        "mixed deadlines %s ms: p99 %.0f ms (%d × 503 of %d); largest alone p99 %.0f ms",
        DEADLINES.stream().map(Duration::toMillis).toList(),
        Stats.millis(mixed, 99),
        Stats.answered(mixed, 503),
        mixed.size(),
        Stats.millis(alone, 99));
    return new Result(mixed, alone);
  }
}
