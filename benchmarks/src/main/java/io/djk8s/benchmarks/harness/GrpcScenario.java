package io.djk8s.benchmarks.harness;

import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.engine.ProbeServiceBuilder;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsSource;
import io.djk8s.grpc.Djk8sGrpcHealth;
import io.djk8s.grpc.Djk8sHealthService;
import io.grpc.BindableService;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Row 7: gRPC {@code Check} on djk8s's health service (the engine running one no-op readiness probe
 * per call, {@code djk8s.probe.cache-ttl=0}) against grpc-java's {@code HealthStatusManager} (a map
 * the application pushes {@code SERVING} into, no check at all): both on real Netty servers on
 * loopback in this JVM, measured in alternating order in each round.
 */
final class GrpcScenario {

  static final int THREADS = 8;
  private static final HealthCheckRequest READINESS =
      HealthCheckRequest.newBuilder().setService("readiness").build();

  /**
   * The figures of both contenders: index 0 djk8s, 1 HealthStatusManager.
   *
   * @param p50 median latency of one sequential call, microseconds
   * @param p99 99th percentile latency, microseconds
   * @param rps calls per second with {@link #THREADS} callers
   * @param rounds rounds measured
   */
  record Result(double[] p50, double[] p99, double[] rps, int rounds) {}

  private GrpcScenario() {}

  static Result run(Plan plan) throws Exception {
    int rounds = plan.smoke() ? 1 : plan.rounds();
    int calls = plan.smoke() ? 500 : 5000;
    Duration window = plan.smoke() ? Duration.ofSeconds(1) : Duration.ofSeconds(4);
    ProbeService engine =
        new ProbeServiceBuilder(
                SettingsReader.read(SettingsSource.of(Map.of("djk8s.readiness.probes", "noop")))
                    .settings()
                    .orElseThrow())
            .add(ProbeGroup.READINESS, new NamedProbe("noop", context -> {}))
            .build();
    Djk8sHealthService djk8s = Djk8sGrpcHealth.create(engine);
    HealthStatusManager manager = new HealthStatusManager();
    manager.setStatus("readiness", ServingStatus.SERVING);
    List<List<Double>> p50 = List.of(new ArrayList<>(), new ArrayList<>());
    List<List<Double>> p99 = List.of(new ArrayList<>(), new ArrayList<>());
    List<List<Double>> rps = List.of(new ArrayList<>(), new ArrayList<>());
    try (Endpoint ours = new Endpoint(djk8s);
        Endpoint theirs = new Endpoint(manager.getHealthService())) {
      Endpoint[] contenders = {ours, theirs};
      for (Endpoint endpoint : contenders) {
        endpoint.latencies(calls / 2);
        endpoint.throughput(Duration.ofMillis(500));
      }
      for (int round = 0; round < rounds; round++) {
        for (int k = 0; k < 2; k++) {
          int i = (round + k) % 2;
          List<Double> latencies = contenders[i].latencies(calls);
          p50.get(i).add(Stats.median(latencies));
          p99.get(i).add(Stats.percentile(latencies, 99));
          rps.get(i).add(contenders[i].throughput(window));
        }
        Progress.say("grpc round %d/%d", round + 1, rounds);
      }
    } finally {
      djk8s.close();
      engine.close();
    }
    return new Result(medians(p50), medians(p99), medians(rps), rounds);
  }

  private static double[] medians(List<List<Double>> values) {
    return new double[] {Stats.median(values.get(0)), Stats.median(values.get(1))};
  }

  /** A server with one health service and a channel to it. */
  private static final class Endpoint implements AutoCloseable {
    private final Server server;
    private final ManagedChannel channel;

    Endpoint(BindableService health) throws Exception {
      server =
          NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
              .addService(health)
              .build()
              .start();
      channel =
          NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
    }

    /** Sequential calls; microseconds each. */
    List<Double> latencies(int calls) {
      HealthGrpc.HealthBlockingStub stub = HealthGrpc.newBlockingStub(channel);
      List<Double> micros = new ArrayList<>(calls);
      for (int i = 0; i < calls; i++) {
        long start = System.nanoTime();
        ServingStatus status =
            stub.withDeadlineAfter(60, TimeUnit.SECONDS).check(READINESS).getStatus();
        micros.add((System.nanoTime() - start) / 1_000.0);
        if (status != ServingStatus.SERVING) {
          throw new IllegalStateException("Check answered " + status);
        }
      }
      return micros;
    }

    /** Calls per second from {@link #THREADS} callers over the window. */
    double throughput(Duration window) throws Exception {
      ExecutorService callers = Executors.newFixedThreadPool(THREADS);
      long end = System.nanoTime() + window.toNanos();
      List<Future<Long>> counts = new ArrayList<>();
      long start = System.nanoTime();
      for (int t = 0; t < THREADS; t++) {
        counts.add(
            callers.submit(
                () -> {
                  HealthGrpc.HealthBlockingStub stub = HealthGrpc.newBlockingStub(channel);
                  long done = 0;
                  while (System.nanoTime() < end) {
                    stub.withDeadlineAfter(60, TimeUnit.SECONDS).check(READINESS);
                    done++;
                  }
                  return done;
                }));
      }
      long total = 0;
      for (Future<Long> count : counts) {
        total += count.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      callers.shutdown();
      return total / seconds;
    }

    @Override
    public void close() {
      channel.shutdownNow();
      server.shutdownNow();
    }
  }
}
