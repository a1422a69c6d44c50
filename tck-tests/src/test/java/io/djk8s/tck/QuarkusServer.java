package io.djk8s.tck;

import io.djk8s.testing.ChildProcess;
import io.djk8s.testing.LoopbackPorts;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The packaged Quarkus example ({@code examples/quarkus/target/quarkus-app/quarkus-run.jar}) as a
 * child process on a free port: on its embedded H2 database, or with its PostgreSQL datasource
 * switched on and pointed at the test's proxy.
 */
final class QuarkusServer implements AppServer {

  private final boolean postgres;
  private ChildProcess process;
  private Duration bootTime = Duration.ZERO;

  /**
   * A server.
   *
   * @param postgres whether the PostgreSQL datasource is on (through the proxy); else H2 only
   */
  QuarkusServer(boolean postgres) {
    this.postgres = postgres;
  }

  @Override
  public Target start(int databasePort, Path maintenanceFile, Map<String, String> extra)
      throws Exception {
    Path jar = AppServer.path("djk8s.tck.quarkus.jar");
    String name = postgres ? "quarkus" : "quarkus-h2";
    Path work = AppServer.path("djk8s.tck.work").resolve(name);
    int port = LoopbackPorts.free();
    Map<String, String> env = new HashMap<>();
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    env.put("EXAMPLE_MAINTENANCE_FILE", maintenanceFile.toString());
    if (postgres) {
      env.put("QUARKUS_DATASOURCE_POSTGRESQL_ACTIVE", "true");
      env.put(
          "QUARKUS_DATASOURCE_POSTGRESQL_JDBC_URL",
          "jdbc:postgresql://127.0.0.1:"
              + databasePort
              + "/test?connectTimeout=5&loginTimeout=5&socketTimeout=30");
    }
    env.putAll(extra);
    long start = System.nanoTime();
    process =
        ChildProcess.start(
            List.of(Path.of(Boot.javaHome(), "bin", "java").toString(), "-jar", jar.toString()),
            env,
            jar.getParent(),
            work.resolve(name + ".log"));
    URI app = URI.create("http://127.0.0.1:" + port + "/");
    bootTime = Boot.await(process, app.resolve("livez"), start, Duration.ofSeconds(60));
    return new Target(
        name, app, app.resolve("q/health/"), Optional.empty(), Optional.of(maintenanceFile), false);
  }

  @Override
  public Duration bootTime() {
    return bootTime;
  }

  @Override
  public void close() {
    if (process != null) {
      process.close();
    }
  }
}
