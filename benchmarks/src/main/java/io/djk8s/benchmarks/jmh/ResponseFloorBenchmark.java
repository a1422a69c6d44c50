package io.djk8s.benchmarks.jmh;

import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The floor under {@code ProbeResponderBenchmark.livez}: building, with Jersey, the same JAX-RS
 * {@link Response} djk8s answers a probe with (status, media type, two headers, body) and nothing
 * else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ResponseFloorBenchmark {

  /**
   * Builds {@code 200 Ok} with djk8s's headers.
   *
   * @return the response
   */
  @Benchmark
  public Response okResponse() {
    return Response.status(200)
        .type("text/plain;charset=utf-8")
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .entity("Ok")
        .build();
  }
}
