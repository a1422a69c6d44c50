package io.djk8s.benchmarks.harness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs the JMH benchmarks of {@code io.djk8s.benchmarks.jmh} and collects ns/op. */
final class Jmh {

  private Jmh() {}

  static Map<String, Double> run(Plan plan) throws RunnerException {
    TimeValue iteration = TimeValue.milliseconds(plan.jmhIteration().toMillis());
    Options options =
        new OptionsBuilder()
            .include("io\\.djk8s\\.benchmarks\\.jmh\\..*")
            .mode(Mode.AverageTime)
            .timeUnit(TimeUnit.NANOSECONDS)
            .forks(plan.jmhForks())
            .warmupIterations(plan.jmhIterations())
            .warmupTime(iteration)
            .measurementIterations(plan.jmhIterations())
            .measurementTime(iteration)
            .jvmArgs("-Xmx256m", "-Djava.util.logging.config.file=/dev/null")
            .verbosity(VerboseMode.SILENT)
            .shouldFailOnError(true)
            .build();
    Map<String, Double> scores = new LinkedHashMap<>();
    for (RunResult result : new Runner(options).run()) {
      String benchmark = result.getParams().getBenchmark();
      String name =
          benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      for (String key : result.getParams().getParamsKeys()) {
        name += " (" + key + "=" + result.getParams().getParam(key) + ")";
      }
      scores.put(name, result.getPrimaryResult().getScore());
    }
    return scores;
  }
}
