package io.djk8s.examples.grpc;

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
import io.djk8s.core.settings.SettingsResult;
import io.djk8s.core.settings.SettingsSource;
import io.djk8s.grpc.Djk8sGrpcHealth;
import io.djk8s.grpc.Djk8sHealthService;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A gRPC server whose {@code grpc.health.v1.Health} answers from a djk8s {@code database} probe.
 * Configuration: system properties {@code -Ddjk8s.…} over environment variables {@code DJK8S_…}
 * ({@code DJK8S_DATASOURCE_DEFAULT_URL} is {@code djk8s.datasource.default.url}) over the defaults
 * below (an embedded H2 database); {@code -Dgrpc.port} (default 9090) and {@code -Dgrpc.host}
 * (default 0.0.0.0).
 */
public final class GrpcExampleMain implements AutoCloseable {

  /** The defaults: the database probe on an embedded H2 database. */
  static final Map<String, String> DEFAULTS =
      Map.of(
          "djk8s.readiness.probes", "database",
          "djk8s.datasource.default.url", "jdbc:h2:mem:example;DB_CLOSE_DELAY=-1",
          "djk8s.datasource.default.username", "sa");

  private final ProbeService engine;
  private final Djk8sHealthService health;
  private final Server server;

  private GrpcExampleMain(ProbeService engine, Djk8sHealthService health, Server server) {
    this.engine = engine;
    this.health = health;
    this.server = server;
  }

  /**
   * Starts the server until the JVM stops.
   *
   * @param args ignored
   * @throws Exception when it cannot start
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> keys = new HashMap<>(DEFAULTS);
    System.getenv()
        .forEach(
            (name, value) -> {
              if (name.startsWith("DJK8S_")) {
                keys.put(name.toLowerCase(Locale.ROOT).replace('_', '.'), value);
              }
            });
    Properties properties = System.getProperties();
    for (String name : properties.stringPropertyNames()) {
      if (name.startsWith("djk8s.")) {
        keys.put(name, properties.getProperty(name));
      }
    }
    String host = System.getProperty("grpc.host", "0.0.0.0");
    int port = Integer.parseInt(System.getProperty("grpc.port", "9090"));
    GrpcExampleMain running = start(new InetSocketAddress(host, port), keys);
    Runtime.getRuntime().addShutdownHook(new Thread(running::close, "djk8s-grpc-example-stop"));
    System.out.println("gRPC health on " + host + ":" + running.port());
    running.server.awaitTermination();
  }

  /**
   * Builds the engine and the health service and starts the server.
   *
   * @param address where to listen
   * @param keys the djk8s settings
   * @return the running server
   * @throws IOException when the port is taken
   */
  static GrpcExampleMain start(InetSocketAddress address, Map<String, String> keys)
      throws IOException {
    // grpc-example-start
    SettingsSource source = SettingsSource.of(keys);
    SettingsResult read = SettingsReader.read(source);
    Djk8sSettings settings =
        read.settings().orElseThrow(() -> new IllegalArgumentException(read.problems().toString()));
    KeyReader config = new KeyReader(source);
    ReadinessProbe database =
        BuiltInProbes.named("database").orElseThrow().create(config, ProbeHost.NONE);
    config.requireValid("database");
    ProbeServiceBuilder builder =
        new ProbeServiceBuilder(settings)
            .add(ProbeGroup.READINESS, new NamedProbe("database", database));
    if (database instanceof AutoCloseable closeable) {
      builder.owns(closeable);
    }
    ProbeService engine = builder.build();
    Djk8sHealthService health = Djk8sGrpcHealth.create(engine);
    Server server = NettyServerBuilder.forAddress(address).addService(health).build().start();
    // grpc-example-end
    return new GrpcExampleMain(engine, health, server);
  }

  /**
   * The port the server listens on.
   *
   * @return the port
   */
  int port() {
    return server.getPort();
  }

  /** Stops the server, the health service and the engine. */
  @Override
  public void close() {
    server.shutdown();
    health.close();
    engine.close();
  }
}
