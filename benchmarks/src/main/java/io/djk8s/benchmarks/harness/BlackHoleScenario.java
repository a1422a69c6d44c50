package io.djk8s.benchmarks.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Row 3: the datasource points at a {@link BlackHole}. djk8s's {@code /readyz} (the {@code
 * database} probe under its deadline) against SmallRye Health's {@code /health/ready} with the
 * application's plain JDBC check, the two alternated round by round. The SmallRye calls are bounded
 * by the client's timeout so that the run ends; a call that hits it counts as a timeout.
 */
final class BlackHoleScenario {

  /** Concurrent callers of djk8s's {@code /readyz}; each waits for its own deadline. */
  static final int OUR_CONCURRENCY = 10;

  /**
   * Time to answer.
   *
   * @param ours djk8s's samples
   * @param smallRye SmallRye Health's samples
   * @param deadline djk8s's probe deadline
   * @param clientTimeout the bound on a SmallRye call
   */
  record Result(
      List<Sampler.Sample> ours,
      List<Sampler.Sample> smallRye,
      Duration deadline,
      Duration clientTimeout) {

    double ourMillis(double percent) {
      return Stats.percentile(ours.stream().map(Sampler.Sample::millis).toList(), percent);
    }

    double smallRyeMillis(double percent) {
      return Stats.percentile(smallRye.stream().map(Sampler.Sample::millis).toList(), percent);
    }

    long ourStatus(int status) {
      return ours.stream().filter(s -> s.status() == status).count();
    }

    long smallRyeTimeouts() {
      return smallRye.stream().filter(Sampler.Sample::timedOut).count();
    }
  }

  private BlackHoleScenario() {}

  static Result run(ServerProcess server, Plan plan, Sampler sampler, Duration deadline)
      throws Exception {
    // load the classes of both paths without touching the black hole on SmallRye's side
    sampler.call(server.uri("/readyz"), Duration.ofSeconds(10));
    sampler.call(server.uri("/health/live"), Duration.ofSeconds(10));
    List<Sampler.Sample> ours = new ArrayList<>();
    List<Sampler.Sample> smallRye = new ArrayList<>();
    for (int round = 0; round < plan.blackHoleRounds(); round++) {
      ours.addAll(
          sampler.calls(
              server.uri("/readyz"),
              plan.blackHoleCalls(),
              OUR_CONCURRENCY,
              Duration.ofSeconds(10)));
      smallRye.addAll(
          sampler.calls(
              server.uri("/health/ready"),
              plan.blackHoleCalls(),
              plan.blackHoleCalls(),
              plan.clientTimeout()));
    }
    Result result = new Result(ours, smallRye, deadline, plan.clientTimeout());
    Progress.say(
        "black hole: djk8s p50 %.0f ms p99 %.0f ms; SmallRye %d/%d timed out",
        result.ourMillis(50), result.ourMillis(99), result.smallRyeTimeouts(), smallRye.size());
    return result;
  }
}
