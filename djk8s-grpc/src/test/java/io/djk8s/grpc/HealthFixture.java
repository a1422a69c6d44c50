package io.djk8s.grpc;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeOrigin;
import io.djk8s.ReadinessProbe;
import io.djk8s.core.builtin.ProbeHost;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.engine.ProbeServiceBuilder;
import io.djk8s.core.probes.BuiltInProbes;
import io.djk8s.core.settings.Djk8sSettings;
import io.djk8s.core.settings.KeyReader;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsSource;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * An engine with the built-in {@code database} probe on a JDBC URL, its gRPC health service on a
 * real Netty server on a free loopback port, and a channel to it.
 */
final class HealthFixture implements AutoCloseable {

  /** Counts database checks; a closed gate holds each check until it opens. */
  static final class CountingProbe implements ReadinessProbe {
    private final ReadinessProbe delegate;
    final AtomicInteger checks = new AtomicInteger();
    volatile ProbeOrigin lastOrigin;
    volatile CountDownLatch gate = new CountDownLatch(0);

    CountingProbe(ReadinessProbe delegate) {
      this.delegate = delegate;
    }

    @Override
    public void ready(ProbeContext context) throws NotReady {
      checks.incrementAndGet();
      lastOrigin = context.origin();
      try {
        gate.await(context.remaining().toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      delegate.ready(context);
    }
  }

  final ProbeService engine;
  final Djk8sHealthService health;
  final CountingProbe database;
  final Server server;
  final ManagedChannel channel;

  HealthFixture(
      String jdbcUrl,
      String password,
      Map<String, String> extra,
      UnaryOperator<Djk8sGrpcHealth.Builder> tuning)
      throws IOException {
    Map<String, String> keys = new HashMap<>();
    keys.put("djk8s.readiness.probes", "database");
    keys.put("djk8s.probe.timeout", "300ms");
    keys.put("djk8s.datasource.default.url", jdbcUrl);
    keys.put("djk8s.datasource.default.username", "sa");
    keys.put("djk8s.datasource.default.password", password);
    keys.putAll(extra);
    SettingsSource source = SettingsSource.of(keys);
    Djk8sSettings settings = SettingsReader.read(source).settings().orElseThrow();
    KeyReader config = new KeyReader(source);
    ReadinessProbe builtIn =
        BuiltInProbes.named("database").orElseThrow().create(config, ProbeHost.NONE);
    config.requireValid("database");
    database = new CountingProbe(builtIn);
    ProbeServiceBuilder builder =
        new ProbeServiceBuilder(settings)
            .add(ProbeGroup.READINESS, new NamedProbe("database", database));
    if (builtIn instanceof AutoCloseable closeable) {
      builder.owns(closeable);
    }
    engine = builder.build();
    health = tuning.apply(Djk8sGrpcHealth.builder(engine)).build();
    server =
        NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
            .addService(health)
            .build()
            .start();
    channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
  }

  HealthGrpc.HealthBlockingStub blocking() {
    return HealthGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS);
  }

  HealthGrpc.HealthStub async() {
    return HealthGrpc.newStub(channel);
  }

  HealthGrpc.HealthFutureStub future() {
    return HealthGrpc.newFutureStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    channel.shutdownNow();
    server.shutdownNow();
    try {
      channel.awaitTermination(5, TimeUnit.SECONDS);
      server.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      health.close();
      engine.close();
    }
  }
}
