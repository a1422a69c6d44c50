package io.djk8s.tck;

import io.djk8s.testing.ChildProcess;
import io.djk8s.testing.LoopbackPorts;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Open Liberty from {@code io.openliberty:openliberty-runtime} unpacked by the build: a server
 * {@code djk8s} with the example's {@code server.xml} (features, PostgreSQL datasource, basic
 * registry, the WAR), free ports and the database port in {@code bootstrap.properties}, run in the
 * foreground with {@code server run}.
 */
final class LibertyServer implements AppServer {

  private ChildProcess process;
  private Duration bootTime = Duration.ZERO;

  @Override
  public Target start(int databasePort, Path maintenanceFile, Map<String, String> env)
      throws Exception {
    Path wlp = AppServer.path("djk8s.tck.liberty.home");
    Path server = wlp.resolve("usr/servers/djk8s");
    Files.createDirectories(server);
    Files.copy(
        AppServer.path("djk8s.tck.server.config").resolve("liberty/server.xml"),
        server.resolve("server.xml"),
        StandardCopyOption.REPLACE_EXISTING);
    int http = LoopbackPorts.free();
    int https = LoopbackPorts.free();
    Files.writeString(
        server.resolve("bootstrap.properties"),
        String.join(
            "\n",
            "http.port=" + http,
            "https.port=" + https,
            "db.port=" + databasePort,
            "postgresql.jar=" + AppServer.path("djk8s.tck.postgresql.jar"),
            "webapp.war=" + AppServer.path("djk8s.tck.webapp.war"),
            ""));
    long start = System.nanoTime();
    process =
        ChildProcess.start(
            List.of(wlp.resolve("bin/server").toString(), "run", "djk8s"),
            AppServer.env(
                Map.of(
                    "JAVA_HOME", Boot.javaHome(),
                    "WEBAPP_MAINTENANCE_FILE", maintenanceFile.toString()),
                env),
            wlp,
            AppServer.path("djk8s.tck.work").resolve("liberty/console.log"));
    URI root = URI.create("http://127.0.0.1:" + http + "/");
    URI app = root.resolve("djk8s-webapp/");
    bootTime = Boot.await(process, app.resolve("livez"), start, Duration.ofSeconds(180));
    return new Target(
        "liberty",
        app,
        root.resolve("health/"),
        Optional.empty(),
        Optional.of(maintenanceFile),
        true);
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
