package io.djk8s.tck;

import io.djk8s.testing.ChildProcess;
import io.djk8s.testing.LoopbackPorts;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Payara Micro ({@code fish.payara.extras:payara-micro}) run as {@code java -jar} without
 * clustering on free ports, with the PostgreSQL driver added ({@code --addlibs}), the example's
 * post-boot commands (JDBC pool and resource, the API user) and the WAR deployed. The same class
 * runs 6.x (Jakarta EE 10, Java 17) and 7.x (Jakarta EE 11, Java 21+): same options, same WAR.
 */
final class PayaraMicroServer implements AppServer {

  private final String name;
  private final String jarProperty;
  private ChildProcess process;
  private Duration bootTime = Duration.ZERO;

  /**
   * @param name the runtime's name in messages and under the work directory
   * @param jarProperty the system property naming the Payara Micro jar
   */
  PayaraMicroServer(String name, String jarProperty) {
    this.name = name;
    this.jarProperty = jarProperty;
  }

  @Override
  public Target start(int databasePort, Path maintenanceFile, Map<String, String> env)
      throws Exception {
    Path jar = AppServer.path(jarProperty);
    Path work = AppServer.path("djk8s.tck.work").resolve(name);
    deleteRecursively(work.resolve("root")); // a previous run's domain would keep its old pool
    Files.createDirectories(work);
    Path passwordFile = work.resolve("alice.password");
    Files.writeString(passwordFile, "AS_ADMIN_USERPASSWORD=secret\n");
    String commands =
        Files.readAllLines(
                AppServer.path("djk8s.tck.server.config").resolve("payara/postboot.asadmin"))
            .stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .map(
                line ->
                    line.replace("@DB_PORT@", Integer.toString(databasePort))
                        .replace("@PASSWORD_FILE@", passwordFile.toString()))
            .collect(Collectors.joining("\n", "", "\n"));
    Path postBoot = work.resolve("postboot.asadmin");
    Files.writeString(postBoot, commands);
    int http = LoopbackPorts.free();
    int https = LoopbackPorts.free();
    long start = System.nanoTime();
    process =
        ChildProcess.start(
            List.of(
                Path.of(Boot.javaHome(), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--nocluster",
                "--port",
                Integer.toString(http),
                "--sslport",
                Integer.toString(https),
                "--addlibs",
                AppServer.path("djk8s.tck.postgresql.jar").toString(),
                "--postbootcommandfile",
                postBoot.toString(),
                "--rootdir",
                work.resolve("root").toString(),
                "--deploy",
                AppServer.path("djk8s.tck.webapp.war").toString()),
            AppServer.env(Map.of("WEBAPP_MAINTENANCE_FILE", maintenanceFile.toString()), env),
            work,
            work.resolve("server.log"));
    URI root = URI.create("http://127.0.0.1:" + http + "/");
    URI app = root.resolve("djk8s-webapp/");
    bootTime = Boot.await(process, app.resolve("livez"), start, Duration.ofSeconds(180));
    return new Target(
        name, app, root.resolve("health/"), Optional.empty(), Optional.of(maintenanceFile), true);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
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
