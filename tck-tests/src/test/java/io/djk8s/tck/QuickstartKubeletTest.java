package io.djk8s.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.cli.Environment;
import io.djk8s.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code djk8s kubelet} against the running quickstart: the manifest's probes on djk8s's paths
 * pass, a liveness probe on a path nothing answers is reported failing with its 404.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuickstartKubeletTest {

  private static final String PROBES =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: quickstart}
      spec:
        template:
          spec:
            containers:
              - name: app
                ports: [{name: http, containerPort: 8080}]
                startupProbe:
                  httpGet: {path: /startupz, port: http}
                  timeoutSeconds: 5
                livenessProbe:
                  httpGet: {path: %s, port: http}
                  timeoutSeconds: 5
                readinessProbe:
                  httpGet: {path: /readyz, port: http}
                  timeoutSeconds: 5
      """;

  private DatabaseProxy proxy;
  private QuickstartServer server;
  private Target target;

  @BeforeAll
  void start() throws Exception {
    proxy =
        new DatabaseProxy(
            new InetSocketAddress(
                System.getProperty("djk8s.tck.db.host", "127.0.0.1"),
                Integer.getInteger("djk8s.tck.db.port", 5432)));
    Path work = AppServer.path("djk8s.tck.work");
    Files.createDirectories(work);
    Path maintenance = Files.createTempFile(work, "kubelet-maintenance-", ".flag");
    Files.delete(maintenance);
    server = new QuickstartServer();
    target = server.start(proxy.port(), maintenance);
  }

  @AfterAll
  void stop() throws java.io.IOException {
    if (server != null) {
      server.close();
    }
    if (proxy != null) {
      proxy.close();
    }
  }

  private String[] kubelet(String livenessPath) throws Exception {
    Path manifest = Files.createTempFile(AppServer.path("djk8s.tck.work"), "kubelet-", ".yaml");
    Files.writeString(manifest, PROBES.formatted(livenessPath));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String url = target.app().toString().replaceAll("/$", "");
    int exit =
        Main.run(
            new String[] {"kubelet", manifest.toString(), "--url", url},
            new PrintWriter(out),
            new PrintWriter(err),
            Environment.of(Map.of()));
    return new String[] {Integer.toString(exit), out.toString(), err.toString()};
  }

  @Test
  void theManifestsProbesPassAsTheKubeletWouldSeeThem() throws Exception {
    String[] run = kubelet("/livez");

    assertThat(run[0]).as(String.join("\n", run)).isEqualTo("0");
    assertThat(run[1])
        .contains("Deployment/quickstart container 'app': startup passes (200 on GET /startupz")
        .contains("Deployment/quickstart container 'app': liveness passes (200 on GET /livez")
        .contains("Deployment/quickstart container 'app': readiness passes (200 on GET /readyz");
  }

  @Test
  void aLivenessProbeOnAPathNothingAnswersIsReportedFailing() throws Exception {
    String[] run = kubelet("/no-such-path");

    assertThat(run[0]).as(String.join("\n", run)).isEqualTo("1");
    assertThat(run[1])
        .contains(
            "Deployment/quickstart container 'app': liveness fails with 404 on GET /no-such-path")
        .contains("the container would be restarted after 3 failures, 30 s");
  }
}
