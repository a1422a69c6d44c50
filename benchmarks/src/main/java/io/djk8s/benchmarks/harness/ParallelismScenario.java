package io.djk8s.benchmarks.harness;

import io.djk8s.benchmarks.app.SleepProbes;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Row 2: {@code /readyz} with k = 1, 2, 4, 8 probes that each take d = 50 ms ({@code ?exclude=}
 * leaves k of the eight configured), called one at a time, the values of k rotated within each
 * round. Parallel probes answer in about d; one after another would take k·d.
 */
final class ParallelismScenario {

  static final int[] KS = {1, 2, 4, 8};

  /**
   * Latencies per k, over every call of every round.
   *
   * @param p50 median latency (ms) per k, in {@link #KS} order
   * @param p99 p99 latency (ms) per k
   * @param calls calls per k
   */
  record Result(double[] p50, double[] p99, int calls) {}

  private ParallelismScenario() {}

  static URI uri(ServerProcess server, int k) {
    StringBuilder path = new StringBuilder("/readyz");
    for (int i = k + 1; i <= 8; i++) {
      path.append(i == k + 1 ? '?' : '&').append("exclude=sleep").append(i);
    }
    return server.uri(path.toString());
  }

  static Result run(ServerProcess server, Plan plan, Sampler sampler) throws Exception {
    for (int k : KS) {
      sampler.awaitOk(uri(server, k), Duration.ofSeconds(30));
      sampler.calls(uri(server, k), 5, 1, Duration.ofSeconds(10));
    }
    List<List<Double>> millis = new ArrayList<>();
    for (int i = 0; i < KS.length; i++) {
      millis.add(new ArrayList<>());
    }
    for (int round = 0; round < plan.rounds(); round++) {
      for (int i = 0; i < KS.length; i++) {
        int index = (i + round) % KS.length;
        for (Sampler.Sample sample :
            sampler.calls(
                uri(server, KS[index]), plan.parallelCalls(), 1, Duration.ofSeconds(10))) {
          millis.get(index).add(sample.millis());
        }
      }
    }
    double[] p50 = new double[KS.length];
    double[] p99 = new double[KS.length];
    for (int i = 0; i < KS.length; i++) {
      p50[i] = Stats.median(millis.get(i));
      p99[i] = Stats.percentile(millis.get(i), 99);
    }
    Progress.say(
        "parallelism p50 (d=%d ms): k=1 %.1f, k=2 %.1f, k=4 %.1f, k=8 %.1f ms",
        SleepProbes.MILLIS, p50[0], p50[1], p50[2], p50[3]);
    return new Result(p50, p99, millis.get(0).size());
  }
}
