package io.djk8s.benchmarks.jmh;

import io.djk8s.ProbeOrigin;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeEngine;
import io.djk8s.core.engine.ProbeReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The engine's dispatch cost: {@link ProbeEngine#run} with {@code probes} no-op probes, each handed
 * to the engine's executor, awaited under the deadline, and collected into a report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProbeEngineBenchmark {

  /** How many no-op probes one run starts. */
  @Param({"1", "4"})
  public int probes;

  private ProbeEngine engine;
  private List<NamedProbe> list;

  /** Creates the engine and the probes. */
  @Setup
  public void start() {
    engine = new ProbeEngine(Duration.ofMillis(800), probes + 1);
    list = new ArrayList<>();
    for (int i = 0; i < probes; i++) {
      list.add(new NamedProbe("noop" + i, context -> {}));
    }
  }

  /** Stops the engine. */
  @TearDown
  public void stop() {
    engine.close();
  }

  /**
   * One run of every probe, in-flight sharing only.
   *
   * @return the report
   */
  @Benchmark
  public ProbeReport run() {
    return engine.run(list, ProbeOrigin.HTTP, Duration.ZERO);
  }
}
