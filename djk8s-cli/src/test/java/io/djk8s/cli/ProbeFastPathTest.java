package io.djk8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.djk8s.core.status.StatusFile;
import io.djk8s.testing.LoopbackPorts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The probe's start-up shortcut behaves exactly as picocli: same exit code, same output, for every
 * command line it takes; everything else is left to picocli.
 */
class ProbeFastPathTest {

  @TempDir Path dir;
  private HttpServer stub;
  private String url;
  private String closed;

  @BeforeEach
  void start() throws IOException {
    stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    stub.createContext(
        "/",
        exchange -> {
          boolean ready = exchange.getRequestURI().getPath().equals("/livez");
          byte[] body =
              (ready ? "Ok" : "db: could not connect to database")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(ready ? 200 : 503, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    stub.start();
    url = "http://127.0.0.1:" + stub.getAddress().getPort();
    closed = "http://127.0.0.1:" + LoopbackPorts.free();
    new StatusFile(true, "Ok", Instant.now()).write(dir.resolve(StatusFile.LIVE));
    new StatusFile(false, "db: down", Instant.now()).write(dir.resolve(StatusFile.READY));
  }

  @AfterEach
  void stop() {
    stub.stop(0);
  }

  private record Result(int exit, String out, String err) {}

  private static Result fast(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        ProbeFastPath.run(
            args, Environment.of(Map.of()), new PrintWriter(out), new PrintWriter(err));
    return new Result(exit, out.toString(), err.toString());
  }

  private static Result picocli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.runPicocli(args, new PrintWriter(out), new PrintWriter(err), Environment.of(Map.of()));
    return new Result(exit, out.toString(), err.toString());
  }

  private List<String[]> commandLines() {
    String status = dir.toString();
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"probe", "-L", "--url", url});
    lines.add(new String[] {"probe", "--live", "--url=" + url});
    lines.add(new String[] {"probe", "-R", "--url", url});
    lines.add(new String[] {"probe", "-Rq", "--url", url});
    lines.add(new String[] {"probe", "-L", "-H", "--url", url});
    lines.add(new String[] {"probe", "-LH", "--quiet", "--url", url});
    lines.add(new String[] {"probe", "--ready", "--url", closed});
    lines.add(new String[] {"probe", "-R", "--url", url, "--timeout", "2s"});
    lines.add(new String[] {"probe", "-R", "--url", url, "--timeout", "0s"});
    lines.add(new String[] {"probe", "-R", "-L", "--url", url});
    lines.add(new String[] {"probe", "--quiet", "--url", url});
    lines.add(new String[] {"probe", "-R", "--mode", "bogus"});
    lines.add(new String[] {"probe", "-R", "--mode", "client"});
    lines.add(new String[] {"probe", "-R", "--url", "https://127.0.0.1:1"});
    lines.add(new String[] {"probe", "-L", "--status-dir", status});
    lines.add(new String[] {"probe", "-R", "--status-dir", status, "--max-age", "1m"});
    lines.add(new String[] {"probe", "-R", "--status-dir", status, "--max-age", "never"});
    lines.add(new String[] {"probe", "-R", "--mode", "file"});
    return lines;
  }

  @Test
  void everyCommandLineTheShortcutTakesEndsExactlyAsWithPicocli() {
    for (String[] line : commandLines()) {
      assertThat(ProbeFastPath.parse(line)).as("taken: %s", String.join(" ", line)).isNotNull();
      assertThat(fast(line)).as(String.join(" ", line)).isEqualTo(picocli(line));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "probe --help",
        "probe -V",
        "probe -R -R --url x",
        "probe --url",
        "probe -R --url --live",
        "probe -R --bogus",
        "probe -Rx",
        "probe --ready=true",
        "probe",
        "wait4db -t 1",
        "--version"
      })
  void everythingElseIsLeftToPicocli(String line) {
    String[] args = line.split(" ");

    assertThat(ProbeFastPath.parse(args)).isNull();
    assertThat(ProbeFastPath.run(args, Environment.of(Map.of()), null, null))
        .isEqualTo(ProbeFastPath.NOT_HANDLED);
  }

  @Test
  void repeatedOptionsAreRefusedByPicocliAsBefore() {
    Result result = picocli("probe", "-R", "--url", url, "--url", url);

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("--url");
  }
}
