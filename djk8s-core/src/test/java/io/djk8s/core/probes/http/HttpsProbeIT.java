package io.djk8s.core.probes.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.sun.net.httpserver.HttpsServer;
import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeOrigin;
import io.djk8s.core.net.Dialer;
import io.djk8s.core.net.SafeUrl;
import io.djk8s.core.probes.ProbeRuns;
import io.djk8s.testing.SelfSignedCertificate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code https} URLs against a local HTTPS server with a self-signed certificate made for the test:
 * ready with a trust store that holds it, not ready with a one-line reason with the JVM's default
 * trust store, which does not.
 */
class HttpsProbeIT {

  // generous: a cold JVM's first handshake can take seconds on a loaded machine, and these
  // tests assert reasons, never the deadline
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private static SelfSignedCertificate certificate;
  private static HttpsServer server;

  @BeforeAll
  static void startHttpsServer() throws Exception {
    certificate = SelfSignedCertificate.forNames("IP:127.0.0.1,DNS:localhost");
    server = certificate.httpsServer();
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop(0);
    certificate.close();
  }

  private static HttpProbe probe(String path, Dialer tls) {
    String url = "https://127.0.0.1:" + server.getAddress().getPort() + path;
    return new HttpProbe(List.of(SafeUrl.parse(url).orElseThrow()), Dialer.PLAIN, tls);
  }

  private static Dialer trusting() throws Exception {
    return Dialer.tls(Dialer.PLAIN, certificate.trustingClient()::getSocketFactory);
  }

  private static NotReady notReady(HttpProbe probe) {
    return ProbeRuns.notReady(probe, TIMEOUT);
  }

  @Test
  void anHttpsUrlWhoseCertificateIsTrustedIsReady() throws Exception {
    try (HttpProbe probe = probe("/ok", trusting())) {
      assertThatCode(() -> probe.ready(ProbeContext.startingNow(TIMEOUT, ProbeOrigin.HTTP)))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void theStatusStillCountsOverHttps() throws Exception {
    try (HttpProbe probe = probe("/down", trusting())) {
      assertThat(notReady(probe).detail()).endsWith("/down: HTTP 503 (ready is 200 to 399)");
    }
  }

  @Test
  void anUntrustedCertificateIsNotReadyWithAOneLineReasonAndNoStackTrace() {
    try (HttpProbe probe = probe("/ok", Dialer.TLS)) {
      NotReady notReady = notReady(probe);

      assertThat(notReady.detail())
          .isEqualTo(
              "1 of 1 URL failed: https://127.0.0.1:"
                  + server.getAddress().getPort()
                  + "/ok: TLS handshake failed: the server's certificate is not trusted (check"
                  + " the trust store, javax.net.ssl.trustStore)");
      assertThat(notReady.getCause()).as("no exception to print a stack trace of").isNull();
    }
  }
}
