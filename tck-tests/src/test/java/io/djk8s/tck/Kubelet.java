package io.djk8s.tck;

import io.djk8s.cli.Environment;
import io.djk8s.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs {@code djk8s kubelet} (the command line built with the rest, in this JVM) with a Deployment
 * whose one container probes {@code startup}, {@code liveness} and {@code readiness} paths below
 * the application's root, the way a manifest for a WAR at a context root names them.
 */
final class Kubelet {

  private static final String MANIFEST =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: %s}
      spec:
        template:
          spec:
            containers:
              - name: app
                ports: [{name: http, containerPort: 8080}]
                startupProbe:
                  httpGet: {path: %s, port: http}
                  timeoutSeconds: 5
                livenessProbe:
                  httpGet: {path: %s, port: http}
                  timeoutSeconds: 5
                readinessProbe:
                  httpGet: {path: %s, port: http}
                  timeoutSeconds: 5
      """;

  /** What the command printed and its exit code. */
  record Run(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n" + out + err;
    }
  }

  private Kubelet() {}

  /**
   * Probes {@code app} with a Deployment named {@code name}.
   *
   * @param name the Deployment's name, as the output names it
   * @param app the application's root, ending in {@code /}
   * @param startup the startup probe's path relative to the root, likewise liveness and readiness
   */
  static Run probe(String name, URI app, String startup, String liveness, String readiness)
      throws IOException {
    String root = app.getRawPath().endsWith("/") ? app.getRawPath() : app.getRawPath() + "/";
    Path work = AppServer.path("djk8s.tck.work");
    Files.createDirectories(work);
    Path manifest = Files.createTempFile(work, "kubelet-", ".yaml");
    Files.writeString(
        manifest, MANIFEST.formatted(name, root + startup, root + liveness, root + readiness));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String base = app.getScheme() + "://" + app.getRawAuthority();
    int exit =
        Main.run(
            new String[] {"kubelet", manifest.toString(), "--url", base},
            new PrintWriter(out),
            new PrintWriter(err),
            Environment.of(Map.of()));
    return new Run(exit, out.toString(), err.toString());
  }
}
