package io.djk8s.tck;

import io.djk8s.testing.ChildProcess;
import io.djk8s.testing.LoopbackPorts;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded quickstart ({@code examples/quickstart/target/djk8s-quickstart.jar}) as a child
 * process on a free port, with PostgreSQL through the test's proxy.
 */
final class QuickstartServer implements AppServer {

  private ChildProcess process;
  private Duration bootTime = Duration.ZERO;

  @Override
  public Target start(int databasePort, Path maintenanceFile, Map<String, String> env)
      throws Exception {
    Path jar = AppServer.path("djk8s.tck.quickstart.jar");
    Path work = AppServer.path("djk8s.tck.work").resolve("quickstart");
    int port = LoopbackPorts.free();
    long start = System.nanoTime();
    process =
        ChildProcess.start(
            List.of(Path.of(Boot.javaHome(), "bin", "java").toString(), "-jar", jar.toString()),
            AppServer.env(
                Map.of(
                    "QUICKSTART_PORT", Integer.toString(port),
                    "QUICKSTART_DATASOURCE_URL",
                        "jdbc:postgresql://127.0.0.1:"
                            + databasePort
                            + "/test?user=postgres&connectTimeout=5&loginTimeout=5&socketTimeout=30",
                    "QUICKSTART_MAINTENANCE_FILE", maintenanceFile.toString()),
                env),
            jar.getParent(),
            work.resolve("quickstart.log"));
    URI app = URI.create("http://127.0.0.1:" + port + "/");
    bootTime = Boot.await(process, app.resolve("livez"), start, Duration.ofSeconds(60));
    return new Target(
        "quickstart",
        app,
        app.resolve("health/"),
        Optional.empty(),
        Optional.of(maintenanceFile),
        false);
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
