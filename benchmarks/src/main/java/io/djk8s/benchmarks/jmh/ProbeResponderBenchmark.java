package io.djk8s.benchmarks.jmh;

import io.djk8s.cdi.Djk8sExtension;
import io.djk8s.cdi.ProbeServiceProducer;
import io.djk8s.http.ProbeResponder;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.weld.environment.se.Weld;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the filter costs per request, through the public {@link ProbeResponder} as the filter calls
 * it (CDI client proxy included): path matching for a request that is not a probe (the cost every
 * application request pays), a full {@code /livez} answer, and a {@code /readyz} answer with one
 * no-op probe (engine dispatch included).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProbeResponderBenchmark {

  private final MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
  private SeContainer container;
  private ProbeResponder responder;

  /** Starts a CDI container with djk8s and one no-op readiness probe. */
  @Setup
  public void start() {
    System.setProperty("djk8s.readiness.probes", "noop");
    System.setProperty("mp.health.disable-default-procedures", "true");
    container =
        new Weld()
            .disableDiscovery()
            .addExtension(new Djk8sExtension())
            .addBeanClasses(ProbeServiceProducer.class, ProbeResponder.class, NoopProbe.class)
            .initialize();
    responder = container.select(ProbeResponder.class).get();
  }

  /** Stops the container. */
  @TearDown
  public void stop() {
    container.close();
  }

  /**
   * An application request: matched against the probe paths and let through.
   *
   * @return empty
   */
  @Benchmark
  public Optional<Response> otherPath() {
    return responder.respond("/api/orders/42", query, false);
  }

  /**
   * A liveness request, answered {@code 200 Ok}.
   *
   * @return the answer
   */
  @Benchmark
  public Optional<Response> livez() {
    return responder.respond("/livez", query, false);
  }

  /**
   * A readiness request running one no-op probe on the engine.
   *
   * @return the answer
   */
  @Benchmark
  public Optional<Response> readyzOneNoopProbe() {
    return responder.respond("/readyz", query, false);
  }
}
