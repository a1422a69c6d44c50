package io.djk8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.djk8s.testing.LoopbackPorts;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The exit codes the kubelet and Kubernetes Jobs see, from a real child JVM running {@code
 * io.djk8s.cli.Main}, configured through environment variables only.
 */
class ChildProcessExitCodeIT {

  /** One finished child process. */
  record Child(int exit, String out, String err) {}

  private static Child run(Map<String, String> environment, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.djk8s.cli.Main");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("DJK8S_") || k.startsWith("DJANGO_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    try {
      process.getOutputStream().close();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        throw new AssertionError("child did not finish: " + command);
      }
      return new Child(
          process.exitValue(),
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
          new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void probeWithoutAFlagExits2WithAMessageAndNoStackTrace() throws Exception {
    Child child = run(Map.of(), "probe");

    assertThat(child.exit()).as(child.toString()).isEqualTo(2);
    assertThat(child.err()).contains("give one of --ready (-R)").doesNotContain("\tat ");
  }

  @Test
  void probeAgainstNothingListeningExits3() throws Exception {
    Child child =
        run(Map.of(), "probe", "--live", "--url", "http://127.0.0.1:" + LoopbackPorts.free());

    assertThat(child.exit()).as(child.toString()).isEqualTo(3);
  }

  @Test
  void probeAgainstANotReadyApplicationExits1AndPrintsItsContent() throws Exception {
    HttpServer stub =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    stub.createContext(
        "/readyz",
        exchange -> {
          byte[] body = "db: could not connect to database".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(503, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    stub.start();
    try {
      Child child =
          run(
              Map.of("DJK8S_CLI_PROBE_URL", "http://127.0.0.1:" + stub.getAddress().getPort()),
              "probe",
              "--ready",
              "--mode",
              "client",
              "--timeout", // the default 1 s is about the deadline, not this test's subject;
              "10s"); // a loaded build machine needs longer for a fresh JVM's first request

      assertThat(child.exit()).as(child.toString()).isEqualTo(1);
      assertThat(child.out().trim()).isEqualTo("db: could not connect to database");
    } finally {
      stub.stop(0);
    }
  }

  @Test
  void wait4dbTimesOutWithExit1AndOneCleanLine() throws Exception {
    Child child =
        run(
            Map.of(
                "DJK8S_DATASOURCE_DEFAULT_URL",
                "jdbc:postgresql://127.0.0.1:" + LoopbackPorts.free() + "/test"),
            "wait4db",
            "-t",
            "1",
            "-s",
            "1");

    assertThat(child.exit()).as(child.toString()).isEqualTo(1);
    assertThat(child.err()).doesNotContain("\tat ", "Exception");
    assertThat(child.err().lines().filter(line -> !line.startsWith("SLF4J:")))
        .as("one line; SLF4J's notice comes from the test classpath, not the CLI's")
        .singleElement()
        .asString()
        .startsWith("Timeout: database 'default' was not stable");
  }

  @Test
  void wait4dbRejectsANonPositiveTimeoutWithExit2() throws Exception {
    Child child = run(Map.of(), "wait4db", "--timeout", "0");

    assertThat(child.exit()).isEqualTo(2);
    assertThat(child.err()).startsWith("Timeout must be greater than 0 seconds.");
  }

  @Test
  void ensureadminWithoutCredentialsExits1NamingTheVariables() throws Exception {
    Child child = run(Map.of(), "ensureadmin");

    assertThat(child.exit()).as(child.toString()).isEqualTo(1);
    assertThat(child.err()).contains("DJK8S_ADMIN_USERNAME", "-u/--username");
  }

  @Test
  void lockedmigrateOnAnUndeclaredDatabaseExits2() throws Exception {
    Child child = run(Map.of(), "lockedmigrate");

    assertThat(child.exit()).as(child.toString()).isEqualTo(2);
    assertThat(child.err()).contains("DJK8S_DATASOURCE_DEFAULT_URL");
  }

  @Test
  void ensureadminWithTooFewHashIterationsExits2NamingTheKeyWithoutAStackTrace() throws Exception {
    Child child =
        run(
            Map.of(
                "DJK8S_ADMIN_HASH_ITERATIONS", "500",
                "DJK8S_ADMIN_USERNAME", "admin",
                "DJK8S_ADMIN_PASSWORD", "a-long-enough-password"),
            "ensureadmin");

    assertThat(child.exit()).as(child.toString()).isEqualTo(2);
    assertThat(child.err())
        .contains("djk8s.admin.hash-iterations='500': must be from 1024")
        .doesNotContain("\tat ", "Exception");
  }

  @Test
  void lockedmigrateWithALockTimeoutWithoutUnitExits2NamingTheKey() throws Exception {
    Child child = run(Map.of("DJK8S_MIGRATE_LOCK_TIMEOUT", "300"), "lockedmigrate");

    assertThat(child.exit()).as(child.toString()).isEqualTo(2);
    assertThat(child.err())
        .contains("djk8s.migrate.lock-timeout='300': a duration needs a unit")
        .doesNotContain("\tat ");
  }

  @Test
  void probeWithATimeoutBeyondItsBoundExits2InsteadOfOverflowing() throws Exception {
    Child child =
        run(
            Map.of(),
            "probe",
            "--live",
            "--url",
            "http://127.0.0.1:" + LoopbackPorts.free(),
            "--timeout",
            "PT2562048H");

    assertThat(child.exit()).as(child.toString()).isEqualTo(2);
    assertThat(child.err())
        .contains("probe: --timeout='PT2562048H': must be at most 60s")
        .doesNotContain("\tat ");
  }

  @Test
  void versionIsOurs() throws Exception {
    Child child = run(Map.of(), "--version");

    assertThat(child.exit()).isZero();
    assertThat(child.out()).matches("djk8s \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }
}
