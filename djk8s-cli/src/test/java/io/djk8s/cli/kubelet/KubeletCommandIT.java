package io.djk8s.cli.kubelet;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.djk8s.cli.Environment;
import io.djk8s.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code djk8s kubelet} against a real HTTP server on loopback and real exec commands. */
class KubeletCommandIT {

  @TempDir Path dir;
  private HttpServer server;
  private final AtomicReference<String> userAgent = new AtomicReference<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/livez", exchange -> answer(exchange, 200, null));
    server.createContext("/readyz", exchange -> answer(exchange, 503, null));
    server.createContext("/startupz", exchange -> answer(exchange, 401, null));
    server.createContext("/login", exchange -> answer(exchange, 302, "https://sso.invalid/login"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String location)
      throws IOException {
    userAgent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
    if (location != null) {
      exchange.getResponseHeaders().set("Location", location);
    }
    exchange.sendResponseHeaders(status, -1);
    try (OutputStream out = exchange.getResponseBody()) {
      out.flush();
    }
  }

  private record Run(int exit, String out, String err) {}

  private Run kubelet(String manifest, String... more) throws IOException {
    Path file = dir.resolve("pod.yaml");
    Files.writeString(file, manifest);
    String[] args = new String[3 + more.length];
    args[0] = "kubelet";
    args[1] = file.toString();
    args[2] = "--url=http://127.0.0.1:" + server.getAddress().getPort();
    System.arraycopy(more, 0, args, 3, more.length);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err), Environment.of(Map.of()));
    return new Run(exit, out.toString(), err.toString());
  }

  private static String pod(String probes) {
    return """
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          containers:
            - name: web
              ports: [{name: http, containerPort: 8080}]
        """
        + probes.indent(6);
  }

  @Test
  void saysWhatTheKubeletWouldConcludeAndExitsOneWhenAProbeFails() throws IOException {
    Run run =
        kubelet(
            pod(
                """
                livenessProbe:
                  httpGet: {path: /livez, port: http}
                readinessProbe:
                  httpGet: {path: /readyz, port: http}
                  periodSeconds: 5
                  failureThreshold: 2
                startupProbe:
                  httpGet: {path: /startupz, port: http}
                  periodSeconds: 2
                  failureThreshold: 30
                """),
            "--kube-version=1.30");

    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    assertThat(userAgent.get()).isEqualTo("kube-probe/1.30");
    assertThat(run.out())
        .containsPattern(
            "Pod/app container 'web': startup fails with 401 on GET /startupz in \\d+ ms: the"
                + " container would never count as started and be restarted after 30 failures, 60 s")
        .containsPattern(
            "Pod/app container 'web': readiness fails with 503 on GET /readyz in \\d+ ms: the"
                + " pod would be taken out of the Service's endpoints after 2 failures, 10 s")
        .containsPattern(
            "Pod/app container 'web': liveness passes \\(200 on GET /livez in \\d+ ms\\)");
  }

  @Test
  void aRedirectToAnotherHostPassesButIsReportedLoudly() throws IOException {
    Run run = kubelet(pod("livenessProbe:\n  httpGet: {path: /login, port: http}\n"));

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("liveness passes (302 on GET /login")
        .contains(
            "WARNING: it passes only because the kubelet counts a redirect to another host"
                + " (https://sso.invalid/login) as success");
  }

  @Test
  void execProbesRunOnThisMachine() throws IOException {
    Run run =
        kubelet(
            pod(
                """
                livenessProbe:
                  exec: {command: ["true"]}
                readinessProbe:
                  exec: {command: ["sh", "-c", "exit 3"]}
                """));

    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .contains("liveness passes (exit 0 of [true])")
        .contains("readiness fails with exit 3 of [sh, -c, exit 3]: the pod would be taken out");
  }

  @Test
  void aManifestWithoutProbesIsAUsageError() throws IOException {
    Run run = kubelet(pod(""));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no probe to run");
  }
}
