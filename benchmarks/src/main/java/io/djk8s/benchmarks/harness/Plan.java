package io.djk8s.benchmarks.harness;

import java.time.Duration;

/**
 * How long and how often each scenario measures: the full run (minutes, for RESULTS.md) or the
 * smoke run (seconds, for CI, no thresholds).
 *
 * @param smoke whether this is the smoke run
 * @param livezWarmup wrk warm-up per variant and pass, discarded
 * @param livezRound wrk duration of one variant in one round
 * @param rounds rounds of the interleaved scenarios (livez, parallelism, storm)
 * @param parallelCalls calls per k per round
 * @param blackHoleRounds rounds of the black-hole scenario
 * @param blackHoleCalls calls per contender per black-hole round
 * @param clientTimeout the client's bound on one black-holed SmallRye call
 * @param stormRound wrk duration of one storm variant in one round
 * @param execRuns hyperfine runs per command
 * @param jmhIterations JMH warm-up and measurement iterations
 * @param jmhIteration duration of one JMH iteration
 * @param jmhForks JMH forks (0 runs in this JVM)
 */
record Plan(
    boolean smoke,
    Duration livezWarmup,
    Duration livezRound,
    int rounds,
    int parallelCalls,
    int blackHoleRounds,
    int blackHoleCalls,
    Duration clientTimeout,
    Duration stormRound,
    int execRuns,
    int jmhIterations,
    Duration jmhIteration,
    int jmhForks) {

  static Plan fullRun() {
    return new Plan(
        false,
        Duration.ofSeconds(4),
        Duration.ofSeconds(5),
        5,
        20,
        2,
        50,
        Duration.ofSeconds(10),
        Duration.ofSeconds(6),
        10,
        5,
        Duration.ofSeconds(1),
        1);
  }

  static Plan smokeRun() {
    return new Plan(
        true,
        Duration.ofSeconds(1),
        Duration.ofSeconds(1),
        1,
        3,
        1,
        5,
        Duration.ofSeconds(2),
        Duration.ofSeconds(3),
        2,
        1,
        Duration.ofMillis(200),
        0);
  }
}
