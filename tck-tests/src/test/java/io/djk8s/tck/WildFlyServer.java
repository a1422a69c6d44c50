package io.djk8s.tck;

import io.djk8s.testing.ChildProcess;
import io.djk8s.testing.LoopbackPorts;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * WildFly from {@code org.wildfly:wildfly-dist} unpacked by the build: configured once offline with
 * the example's {@code configure.cli} (driver module, datasource), the API user added, the WAR
 * dropped into {@code deployments/}, booted with {@code standalone-microprofile.xml} and every
 * socket shifted by a free port offset. MicroProfile Health is on the management port.
 */
final class WildFlyServer implements AppServer {

  private static final int[] DEFAULT_PORTS = {8080, 8443, 9990, 9993, 8009, 4712, 4713};

  private final Path war;
  private ChildProcess process;
  private Duration bootTime = Duration.ZERO;

  /** WildFly with the example WAR ({@code djk8s.tck.webapp.war}). */
  WildFlyServer() {
    this(AppServer.path("djk8s.tck.webapp.war"));
  }

  /**
   * WildFly with another build of the example WAR, deployed under the same name and context root.
   *
   * @param war the WAR to deploy
   */
  WildFlyServer(Path war) {
    this.war = war;
  }

  @Override
  public Target start(int databasePort, Path maintenanceFile, Map<String, String> env)
      throws Exception {
    Path home = AppServer.path("djk8s.tck.wildfly.home");
    Path config = AppServer.path("djk8s.tck.server.config").resolve("wildfly");
    configureOnce(home, config);
    Path deployments = home.resolve("standalone/deployments");
    Files.copy(war, deployments.resolve("djk8s-webapp.war"), StandardCopyOption.REPLACE_EXISTING);
    int offset = freeOffset();
    long start = System.nanoTime();
    process =
        ChildProcess.start(
            List.of(
                home.resolve("bin/standalone.sh").toString(),
                "-c",
                "standalone-microprofile.xml",
                "-b",
                "127.0.0.1",
                "-bmanagement",
                "127.0.0.1",
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Ddjk8s.db.port=" + databasePort),
            AppServer.env(
                Map.of(
                    "JAVA_HOME",
                    Boot.javaHome(),
                    "LAUNCH_JBOSS_IN_BACKGROUND",
                    "true",
                    "WEBAPP_DATASOURCE_JNDI",
                    "java:jboss/datasources/AppDS",
                    "WEBAPP_MAINTENANCE_FILE",
                    maintenanceFile.toString()),
                env),
            home,
            AppServer.path("djk8s.tck.work").resolve("wildfly/server.log"));
    URI app = URI.create("http://127.0.0.1:" + (8080 + offset) + "/djk8s-webapp/");
    bootTime = Boot.await(process, app.resolve("livez"), start, Duration.ofSeconds(180));
    return new Target(
        "wildfly",
        app,
        URI.create("http://127.0.0.1:" + (9990 + offset) + "/health/"),
        Optional.empty(),
        Optional.of(maintenanceFile),
        true);
  }

  /** Runs configure.cli and adds the user once per unpacked distribution (a marker file). */
  private static void configureOnce(Path home, Path config) throws Exception {
    Path marker = home.resolve("djk8s-configured");
    if (Files.exists(marker)) {
      return;
    }
    String cli =
        Files.readString(config.resolve("configure.cli"))
            .replace("@POSTGRESQL_JAR@", AppServer.path("djk8s.tck.postgresql.jar").toString());
    Path script = home.resolve("djk8s-configure.cli");
    Files.writeString(script, cli);
    Process cliProcess =
        new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(), "--file=" + script)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("djk8s-configure.log").toFile())
            .start();
    cliProcess.getOutputStream().close();
    if (!cliProcess.waitFor(180, TimeUnit.SECONDS) || cliProcess.exitValue() != 0) {
      cliProcess.destroyForcibly();
      throw new IllegalStateException(
          "jboss-cli failed: " + Files.readString(home.resolve("djk8s-configure.log")));
    }
    Path users = home.resolve("standalone/configuration/application-users.properties");
    Path roles = home.resolve("standalone/configuration/application-roles.properties");
    String hash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("MD5")
                    .digest("alice:ApplicationRealm:secret".getBytes(StandardCharsets.UTF_8)));
    Files.writeString(users, Files.readString(users) + "\nalice=" + hash + "\n");
    Files.writeString(roles, Files.readString(roles) + "\nalice=user\n");
    Files.writeString(marker, "configured\n");
  }

  /** An offset that moves every default socket of the configuration onto a free port. */
  private static int freeOffset() {
    for (int attempt = 0; attempt < 200; attempt++) {
      // Below the ephemeral range (32768+), where polling a port can self-connect and steal it.
      int offset = ThreadLocalRandom.current().nextInt(2_000, 22_000);
      boolean free = true;
      for (int port : DEFAULT_PORTS) {
        free &= LoopbackPorts.isFree(port + offset);
      }
      if (free) {
        return offset;
      }
    }
    throw new IllegalStateException("no free port offset for WildFly");
  }

  /** The server's console output of this start (truncated at each start). */
  Path log() {
    return process.log();
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
