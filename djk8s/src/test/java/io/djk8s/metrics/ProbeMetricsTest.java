package io.djk8s.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.NotReady;
import io.djk8s.ProbeOrigin;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeEngine;
import io.djk8s.metrics.micrometer.MicrometerSink;
import io.djk8s.metrics.mpmetrics.MicroProfileMetricsSink;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;

class ProbeMetricsTest {

  private final AtomicBoolean ready = new AtomicBoolean(true);
  private final NamedProbe flaky =
      new NamedProbe(
          "flaky",
          context -> {
            sleep(20);
            if (!ready.get()) {
              throw new NotReady("flaky: not ready");
            }
          });

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Listeners run on the probe thread just after the caller got its answer: poll briefly. */
  private static void await(BooleanSupplier condition) {
    Awaitility.await("a probe listener")
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(5))
        .until(condition::getAsBoolean);
  }

  @Test
  void micrometerGetsAStatusGaugeAndADurationTimerPerProbe() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (ProbeEngine engine = new ProbeEngine(Duration.ofSeconds(1), 2)) {
      ProbeMetrics.attach(
          engine::addListener, Set.of("flaky"), List.of(new MicrometerSink(registry)));
      var gauge = registry.get("djk8s.probe.status").tag("probe", "flaky").gauge();
      assertThat(gauge.value()).as("before any run").isNaN();

      engine.run(List.of(flaky), ProbeOrigin.HTTP, Duration.ZERO);
      await(() -> gauge.value() == 1.0);
      assertThat(gauge.value()).as("after a ready run").isEqualTo(1.0);

      ready.set(false);
      engine.run(List.of(flaky), ProbeOrigin.HTTP, Duration.ZERO);
      await(() -> gauge.value() == 0.0);
      assertThat(gauge.value()).as("after a failed run").isEqualTo(0.0);

      Timer timer = registry.get("djk8s.probe.duration").tag("probe", "flaky").timer();
      await(() -> timer.count() == 2);
      assertThat(timer.count()).isEqualTo(2);
      assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(40.0);
    }
  }

  @Test
  void aProbePastItsDeadlineReadsAsNotReadyAtOnce() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    NamedProbe hanging =
        new NamedProbe(
            "hanging",
            context -> {
              sleep(2_000); // the engine may interrupt it once it is stuck past twice the deadline
              throw new NotReady("hanging: gave up");
            });
    try (ProbeEngine engine = new ProbeEngine(Duration.ofMillis(100), 2)) {
      ProbeMetrics.attach(
          engine::addListener, Set.of("hanging"), List.of(new MicrometerSink(registry)));
      engine.run(List.of(hanging), ProbeOrigin.HTTP, Duration.ZERO);

      assertThat(registry.get("djk8s.probe.status").tag("probe", "hanging").gauge().value())
          .as("status right after the deadline passed")
          .isEqualTo(0.0);
    }
  }

  @Test
  void microProfileMetricsGetsTheSameGaugeAndTimer() {
    Map<String, Supplier<?>> gauges = new ConcurrentHashMap<>();
    List<Duration> updates = new CopyOnWriteArrayList<>();
    Set<String> timerTags = new LinkedHashSet<>();
    org.eclipse.microprofile.metrics.Timer timer =
        (org.eclipse.microprofile.metrics.Timer)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {org.eclipse.microprofile.metrics.Timer.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("update")) {
                    updates.add((Duration) args[0]);
                  }
                  return null;
                });
    MetricRegistry registry =
        (MetricRegistry)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {MetricRegistry.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("gauge") && args[1] instanceof Supplier<?> s) {
                    Tag tag = ((Tag[]) args[2])[0];
                    gauges.put(args[0] + "{" + tag.getTagName() + "=" + tag.getTagValue() + "}", s);
                    return null;
                  }
                  if (method.getName().equals("timer")) {
                    Tag tag = ((Tag[]) args[1])[0];
                    timerTags.add(args[0] + "{" + tag.getTagName() + "=" + tag.getTagValue() + "}");
                    return timer;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    try (ProbeEngine engine = new ProbeEngine(Duration.ofSeconds(1), 2)) {
      ProbeMetrics.attach(
          engine::addListener, Set.of("flaky"), List.of(new MicroProfileMetricsSink(registry)));
      engine.run(List.of(flaky), ProbeOrigin.HTTP, Duration.ZERO);
      await(() -> updates.size() == 1);

      assertThat(gauges).containsOnlyKeys("djk8s.probe.status{probe=flaky}");
      assertThat(gauges.get("djk8s.probe.status{probe=flaky}").get()).isEqualTo(1.0);
      assertThat(timerTags).containsExactly("djk8s.probe.duration{probe=flaky}");
      assertThat(updates).hasSize(1);
      assertThat(updates.get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(20));
    }
  }

  @Test
  void aMissingApiIsDetectedWithoutLoadingIt() {
    assertThat(MetricsSwitch.present("io.djk8s.no.such.MetricsApi")).isFalse();
    assertThat(MetricsSwitch.present(MetricsSwitch.MICROMETER)).isTrue();
  }
}
