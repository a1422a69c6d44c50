package io.djk8s.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.ProbeOrigin;
import io.djk8s.ReadinessChanged;
import io.djk8s.ReadinessControl;
import io.djk8s.ReadinessState;
import io.djk8s.cdi.Djk8sExtension;
import io.djk8s.cdi.ProbeServiceProducer;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.engine.StartupGate;
import io.djk8s.metrics.ProbeMetrics;
import io.djk8s.testing.ReadinessChangeRecorder;
import io.djk8s.testing.SwitchProbe;
import io.djk8s.testing.TestConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle beans in a real CDI container (Weld SE, only the listed beans): injection of {@link
 * ReadinessControl}, {@link ReadinessChanged} events seen by an application observer, the
 * MicroProfile Health checks, transition logging, and the drain when the container stops.
 */
class LifecycleCdiTest {

  private TestConfig config;
  private WeldContainer container;
  private final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          log.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private WeldContainer start(Map<String, String> properties) {
    Map<String, String> all = new HashMap<>(properties);
    all.putIfAbsent("djk8s.readiness.probes", "switch");
    config = TestConfig.of(all);
    Logger.getLogger("io.djk8s").addHandler(capture);
    container =
        new Weld()
            .disableDiscovery()
            .addExtension(new Djk8sExtension())
            .addBeanClasses(
                ProbeServiceProducer.class,
                ManualReadiness.class,
                ShutdownDrain.class,
                DeploymentProbe.class,
                StartupGate.class,
                ReadinessEvents.class,
                ProbeMetrics.class,
                SwitchProbe.class,
                ReadinessChangeRecorder.class)
            .initialize();
    return container;
  }

  @AfterEach
  void stop() {
    if (container != null && container.isRunning()) {
      container.shutdown();
    }
    Logger.getLogger("io.djk8s").removeHandler(capture);
    if (config != null) {
      config.close();
    }
  }

  private void readyz() {
    ProbeService runtime = container.select(ProbeService.class).get();
    runtime.run(
        ProbeGroup.READINESS,
        runtime.probes(ProbeGroup.READINESS),
        ProbeOrigin.HTTP,
        Duration.ZERO);
  }

  private static void await(BooleanSupplier condition) {
    Awaitility.await("a readiness event")
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(5))
        .until(condition::getAsBoolean);
  }

  @Test
  void everyReadinessTransitionFiresAnEventWithTheFailingProbesAndTheirReasons() throws Exception {
    start(Map.of());
    ReadinessChangeRecorder recorder = container.select(ReadinessChangeRecorder.class).get();
    SwitchProbe probe = container.select(SwitchProbe.class).get();

    readyz();
    await(() -> recorder.changes().size() == 1);
    probe.set(true);
    readyz();
    await(() -> recorder.changes().size() == 2);

    List<ReadinessChanged> changes = recorder.changes();
    assertThat(changes).hasSize(2);
    assertThat(changes.get(0).oldState()).isEqualTo(ReadinessState.UNKNOWN);
    assertThat(changes.get(0).newState()).isEqualTo(ReadinessState.NOT_READY);
    assertThat(changes.get(0).failingProbes()).containsExactly(Map.entry("switch", "switch: off"));
    assertThat(changes.get(1).oldState()).isEqualTo(ReadinessState.NOT_READY);
    assertThat(changes.get(1).newState()).isEqualTo(ReadinessState.READY);
    assertThat(changes.get(1).failingProbes()).isEmpty();
  }

  @Test
  void readinessControlIsInjectableActsAtOnceAndIsLoggedAsATransition() throws Exception {
    start(Map.of());
    container.select(SwitchProbe.class).get().set(true);
    readyz();
    ReadinessChangeRecorder recorder = container.select(ReadinessChangeRecorder.class).get();
    await(() -> recorder.changes().size() == 1);
    ReadinessControl control = container.select(ReadinessControl.class).get();

    control.markNotReady("maintenance");
    // the change is published at once, before any probe run; observers get it on their own thread
    await(() -> recorder.changes().size() == 2);
    List<ReadinessChanged> changes = recorder.changes();
    assertThat(changes).as("the event fires before any probe run").hasSize(2);
    assertThat(changes.get(1).newState()).isEqualTo(ReadinessState.NOT_READY);
    assertThat(changes.get(1).failingProbes())
        .containsExactly(Map.entry("manual", "marked not ready: maintenance"));

    readyz();
    await(() -> log.stream().anyMatch(l -> l.contains("probe 'manual' is not ready")));
    control.markReady();
    await(() -> recorder.changes().size() == 3);
    assertThat(recorder.changes()).hasSize(3);
    assertThat(recorder.changes().get(2).newState()).isEqualTo(ReadinessState.READY);
    assertThat(log)
        .as("the log")
        .anyMatch(l -> l.contains("marked itself not ready: maintenance"))
        .anyMatch(l -> l.contains("probe 'manual' is not ready: marked not ready: maintenance"))
        .anyMatch(l -> l.contains("readiness READY -> NOT_READY; failing probes: [manual]"))
        .anyMatch(l -> l.contains("marked itself ready again"));
  }

  @Test
  void microProfileHealthShowsManualAsAReadinessCheckAndDeploymentAsAStartupCheck() {
    start(Map.of());
    container.select(SwitchProbe.class).get().set(true);
    Map<String, HealthCheckResponse> readiness = new HashMap<>();
    for (HealthCheck check : container.select(HealthCheck.class, Readiness.Literal.INSTANCE)) {
      HealthCheckResponse response = check.call();
      readiness.put(response.getName(), response);
    }
    assertThat(readiness).containsOnlyKeys("switch", "manual", "shutdown");
    assertThat(readiness.get("manual").getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

    container.select(ReadinessControl.class).get().markNotReady("maintenance");
    HealthCheckResponse manual =
        container.select(HealthCheck.class, Readiness.Literal.INSTANCE).stream()
            .map(HealthCheck::call)
            .filter(r -> r.getName().equals("manual"))
            .findFirst()
            .orElseThrow();
    assertThat(manual.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(manual.getData().orElseThrow())
        .as("under details=never MicroProfile Health data carries no reason")
        .doesNotContainKey("reason");

    List<HealthCheckResponse> startup =
        container.select(HealthCheck.class, Startup.Literal.INSTANCE).stream()
            .map(HealthCheck::call)
            .toList();
    assertThat(startup).extracting(HealthCheckResponse::getName).containsExactly("deployment");
    assertThat(startup.get(0).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
  }

  @Test
  void underDetailsAlwaysMicroProfileHealthDataCarriesTheReason() {
    start(Map.of("djk8s.details", "always"));
    container.select(ReadinessControl.class).get().markNotReady("maintenance");
    HealthCheckResponse manual =
        container.select(HealthCheck.class, Readiness.Literal.INSTANCE).stream()
            .map(HealthCheck::call)
            .filter(r -> r.getName().equals("manual"))
            .findFirst()
            .orElseThrow();
    assertThat(manual.getData().orElseThrow())
        .containsEntry("reason", "marked not ready: maintenance");
  }

  @Test
  void stoppingTheContainerDrainsWithReadinessNotReadyAndAnEvent() {
    start(Map.of("djk8s.shutdown.drain", "400ms"));
    container.select(SwitchProbe.class).get().set(true);
    readyz();
    List<ReadinessChanged> changes = container.select(ReadinessChangeRecorder.class).get().live();
    ShutdownDrain drain = container.select(ShutdownDrain.class).get();
    assertThat(drain.draining()).isFalse();

    long start = System.nanoTime();
    container.shutdown();
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(millis).as("the container waited for the drain").isGreaterThanOrEqualTo(390);
    assertThat(changes)
        .anySatisfy(
            change -> {
              assertThat(change.newState()).isEqualTo(ReadinessState.NOT_READY);
              assertThat(change.failingProbes()).containsOnlyKeys("shutdown");
            });
  }
}
