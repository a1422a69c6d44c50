package io.djk8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.djk8s.testing.BlackHole;
import io.djk8s.testing.LoopbackPorts;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code probe}: the upstream flag rules, client mode against a stub server, the log file. */
class ProbeCommandTest {

  private HttpServer stub;
  private volatile int status = 200;
  private volatile String body = "Ok";

  @BeforeEach
  void startStub() throws IOException {
    stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    stub.createContext(
        "/",
        exchange -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    stub.start();
  }

  @AfterEach
  void stopStub() {
    stub.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + stub.getAddress().getPort();
  }

  @Test
  void noFlagIsAUsageErrorWithExitCode2() {
    Cli.Run run = Cli.run("probe", "--url", url());

    assertThat(run.exit()).as(run.all()).isEqualTo(2);
    assertThat(run.err()).contains("give one of --ready (-R), --live (-L) or --health (-H)");
    assertThat(run.out()).as("nothing on stdout").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-L", "-H", "--live", "--health"})
  void readyTogetherWithLiveOrHealthIsAUsageError(String other) {
    Cli.Run run = Cli.run("probe", "-R", other, "--url", url());

    assertThat(run.exit()).as(run.all()).isEqualTo(2);
    assertThat(run.err()).contains("--ready cannot be combined with --live or --health");
  }

  @Test
  void liveAndHealthTogetherAreFine() {
    Cli.Run run = Cli.run("probe", "-L", "-H", "--url", url());

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out().trim()).isEqualTo("Ok");
  }

  @Test
  void versionAndHelpAreOurs() {
    Cli.Run version = Cli.run("probe", "--version");
    Cli.Run help = Cli.run("probe", "--help");

    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("djk8s ").doesNotContain("picocli");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("--ready", "--live", "--health", "--quiet", "Exit codes");
  }

  @Test
  void readyInClientModePrintsOkAndExits0On200() {
    Cli.Run run = Cli.run("probe", "--ready", "--url", url());

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out().trim()).isEqualTo("Ok");
  }

  @Test
  void readyInClientModePrintsTheFailingProbesContentAndExits1On503() {
    status = 503;
    body = "db: could not connect to database";

    Cli.Run run = Cli.run("probe", "-R", "--url", url());

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out().trim()).isEqualTo("db: could not connect to database");
    assertThat(run.err()).contains("HTTP 503");
  }

  @Test
  void redirectsCountAsReadyAsForTheKubelet() {
    status = 302;
    body = "";

    assertThat(Cli.run("probe", "-R", "--url", url()).exit()).isZero();
  }

  @Test
  void quietPrintsNothing() {
    status = 503;
    body = "db: could not connect to database";

    Cli.Run run = Cli.run("probe", "-R", "-q", "--url", url());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.all()).isEmpty();
  }

  @Test
  void nothingListeningIsTheDistinctExitCode3() throws IOException {
    int port = LoopbackPorts.free();

    Cli.Run run = Cli.run("probe", "-L", "--url", "http://127.0.0.1:" + port);

    assertThat(run.exit()).as(run.all()).isEqualTo(3);
    assertThat(run.out()).contains("No answer from http://127.0.0.1:" + port + "/livez");
  }

  @Test
  void anApplicationThatAcceptsAndNeverAnswersIsCutAtTheTimeoutWithExitCode3() throws IOException {
    try (BlackHole silent = BlackHole.silent()) {
      Cli.Run run =
          Cli.run(
              "probe", "-R", "--timeout", "300ms", "--url", "http://127.0.0.1:" + silent.port());

      assertThat(run.exit()).as(run.all()).isEqualTo(3);
      assertThat(run.out()).contains("within 300 ms");
      assertThat(run.elapsed()).isBetween(Duration.ofMillis(250), Duration.ofMillis(2_000));
    }
  }

  @Test
  void aPathInTheUrlIsUsedAsIs() {
    Cli.Run run = Cli.run("probe", "-R", "--url", url() + "/health/ready");

    assertThat(run.exit()).as(run.all()).isZero();
  }

  @Test
  void clientModeCanBeChosenByConfiguration() {
    Cli.Run run =
        Cli.run(
            Map.of("DJK8S_CLI_PROBE_MODE", "client", "DJK8S_CLI_PROBE_URL", url()), "probe", "-R");

    assertThat(run.exit()).as(run.all()).isZero();
  }

  @Test
  void anUnknownModeIsAUsageError() {
    Cli.Run run = Cli.run("probe", "-R", "--mode", "telepathy");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("mode 'telepathy' is not one of in-process, client, file");
  }

  @Test
  void httpsIsRefusedWithAClearMessage() {
    Cli.Run run = Cli.run("probe", "-R", "--url", "https://127.0.0.1:8443");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("plain HTTP");
  }

  @Test
  void theLogFileGetsOneLinePerRunAppended(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("probe.log");
    Cli.run("probe", "-R", "-q", "--url", url(), "--log-file", log.toString());
    status = 503;
    body = "db: could not connect to database";
    Cli.run("probe", "-R", "-q", "--url", url(), "--log-file", log.toString());

    assertThat(Files.readAllLines(log))
        .hasSize(2)
        .satisfiesExactly(
            first -> assertThat(first).contains("probe --ready (client): Ok (exit 0)"),
            second ->
                assertThat(second)
                    .contains("db: could not connect to database")
                    .endsWith("(exit 1)"));
  }
}
