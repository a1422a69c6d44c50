package io.djk8s.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpsServer;
import io.djk8s.testing.Http;
import io.djk8s.testing.SelfSignedCertificate;
import io.djk8s.testing.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code http} probe on an {@code https} URL, as an operator sets it up: the packaged
 * quickstart started with the JVM's own {@code -Djavax.net.ssl.trustStore} holding the server's
 * certificate is ready; without it, not ready, with the reason in the log and not in the body.
 */
class TrustStoreIT {

  private static final String STORE_PASSWORD = "trust-store-pw";

  private static SelfSignedCertificate certificate;
  private static HttpsServer server;

  @TempDir Path work;

  private PackagedQuickstart app;

  @BeforeAll
  static void startHttpsServer() throws Exception {
    certificate = SelfSignedCertificate.forNames("IP:127.0.0.1,DNS:localhost");
    server = certificate.httpsServer();
  }

  @AfterAll
  static void stopHttpsServer() throws Exception {
    server.stop(0);
    certificate.close();
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  private void quickstart(List<String> jvmOptions) throws Exception {
    quickstart(Map.of(), jvmOptions);
  }

  /** The quickstart with the {@code http} probe on the HTTPS server, and more settings. */
  private void quickstart(Map<String, String> more, List<String> jvmOptions) throws Exception {
    String url = "https://127.0.0.1:" + server.getAddress().getPort() + "/ok";
    Map<String, String> env = new HashMap<>();
    env.put("DJK8S_READINESS_PROBES", "http");
    env.put("DJK8S_HTTP_URLS", url);
    // the first TLS handshake of a cold JVM can take seconds on a loaded machine; the failure
    // under test must be the certificate, never the deadline
    env.put("DJK8S_PROBES_HTTP_TIMEOUT", "15s");
    env.putAll(more);
    app = PackagedQuickstart.start(work.resolve("quickstart.log"), env, jvmOptions);
    app.awaitStarted();
  }

  private List<String> trustingTheCertificate() throws Exception {
    return List.of(
        "-Djavax.net.ssl.trustStore="
            + certificate.trustStoreFile(work.resolve("trust.p12"), STORE_PASSWORD.toCharArray()),
        "-Djavax.net.ssl.trustStorePassword=" + STORE_PASSWORD,
        "-Djavax.net.ssl.trustStoreType=PKCS12");
  }

  @Test
  void anHttpsUrlIsReadyWithTheJvmsTrustStoreHoldingItsCertificate() throws Exception {
    quickstart(trustingTheCertificate());

    await("readyz 200 over a trusted https URL")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> Http.get(app.uri("/readyz")).status() == 200);
    assertThat(Http.get(app.uri("/readyz?verbose")).body()).contains("[+]http ok\n");
  }

  @Test
  void aRedissServerIsReadyWithTheJvmsTrustStoreHoldingItsCertificate() throws Exception {
    int tlsPort = ServerProcess.freePort();
    ServerProcess redis = ServerProcess.redisWithTls(certificate, tlsPort);
    try {
      quickstart(
          Map.of(
              "DJK8S_READINESS_PROBES",
              "http,redis",
              "DJK8S_REDIS_SERVERS",
              "rediss://127.0.0.1:" + tlsPort,
              "DJK8S_PROBES_REDIS_TIMEOUT",
              "15s"),
          trustingTheCertificate());

      await("readyz 200 with a rediss:// server")
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> Http.get(app.uri("/readyz")).status() == 200);
      assertThat(Http.get(app.uri("/readyz?verbose")).body()).contains("[+]redis ok\n");
    } finally {
      redis.close();
    }
  }

  @Test
  void withoutTheTrustStoreTheUrlIsNotReadyAndOnlyTheLogSaysWhy() throws Exception {
    quickstart(List.of());

    Http.Answer readyz = Http.get(app.uri("/readyz"));
    Http.Answer verbose = Http.get(app.uri("/readyz?verbose"));

    assertThat(readyz.status()).as("%s", readyz).isEqualTo(503);
    assertThat(verbose.body())
        .as("the reason is withheld from the body")
        .contains("[-]http failed: reason withheld")
        .doesNotContain("127.0.0.1");
    // the transition to NOT_READY is logged once, with the reason of the run that made it
    await("the log names the cause")
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(Files.readString(app.log()))
                    .contains("the server's certificate is not trusted")
                    .contains("javax.net.ssl.trustStore")
                    .doesNotContain("not done within"));
  }
}
