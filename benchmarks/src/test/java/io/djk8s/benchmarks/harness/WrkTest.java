package io.djk8s.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WrkTest {

  private static final String OUTPUT =
      """
      Running 5s test @ http://127.0.0.1:40000/health/ready
        2 threads and 200 connections
        Thread Stats   Avg      Stdev     Max   +/- Stdev
          Latency   450.10ms  120.00ms   1.90s    70.00%
          Req/Sec   100.00     20.00   150.00     60.00%
        Latency Distribution
           50%  812.00us
           75%  500.00ms
           90%  700.00ms
           99%    1.25s
        1000 requests in 5.01s, 200.00KB read
        Socket errors: connect 0, read 2, write 0, timeout 3
        Non-2xx or 3xx responses: 44
      Requests/sec:    199.60
      Transfer/sec:     39.92KB
      """;

  @Test
  void readsThroughputLatenciesInEveryUnitAndFailures() throws Exception {
    Wrk.Result result = Wrk.parse(OUTPUT);

    assertThat(result.requestsPerSecond()).as("Requests/sec").isEqualTo(199.60);
    assertThat(result.p50Millis()).as("50%% in microseconds").isCloseTo(0.812, within(1e-9));
    assertThat(result.p99Millis()).as("99%% in seconds").isCloseTo(1250, within(1e-9));
    assertThat(result.requests()).as("requests").isEqualTo(1000);
    assertThat(result.non2xx()).as("Non-2xx").isEqualTo(44);
    assertThat(result.socketErrors()).as("read errors plus timeouts").isEqualTo(5);
  }

  @Test
  void cleanRunHasNoFailures() throws Exception {
    String clean =
        OUTPUT
            .replace("  Socket errors: connect 0, read 2, write 0, timeout 3\n", "")
            .replace("  Non-2xx or 3xx responses: 44\n", "");

    Wrk.Result result = Wrk.parse(clean);

    assertThat(result.non2xx()).as("no Non-2xx line means none").isZero();
    assertThat(result.socketErrors()).as("no Socket errors line means none").isZero();
  }
}
