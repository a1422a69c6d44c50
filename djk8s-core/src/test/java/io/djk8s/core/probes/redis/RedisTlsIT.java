package io.djk8s.core.probes.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeOrigin;
import io.djk8s.core.net.Dialer;
import io.djk8s.core.net.HostPort;
import io.djk8s.core.probes.ProbeRuns;
import io.djk8s.core.settings.KeyReader;
import io.djk8s.core.settings.SettingsSource;
import io.djk8s.testing.SelfSignedCertificate;
import io.djk8s.testing.ServerProcess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The redis probe over TLS ({@code djk8s.redis.tls}) against a private redis-server started with
 * {@code --tls-port} and a self-signed certificate made for the test: ready when the probe's trust
 * store holds that certificate and the name matches, not ready with a one-line reason otherwise.
 */
class RedisTlsIT {

  // generous: a cold JVM's first handshake can take seconds on a loaded machine, and these
  // tests assert reasons, never the deadline
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private static SelfSignedCertificate certificate;
  private static ServerProcess redis;
  private static int tlsPort;

  @BeforeAll
  static void startRedisWithTls() throws Exception {
    certificate = SelfSignedCertificate.forNames("IP:127.0.0.1,DNS:localhost");
    tlsPort = ServerProcess.freePort();
    redis = ServerProcess.redisWithTls(certificate, tlsPort);
  }

  @AfterAll
  static void stop() throws Exception {
    redis.close();
    certificate.close();
  }

  private static RedisProbe probe(String host, Dialer dialer) {
    return probe(host, tlsPort, dialer);
  }

  private static RedisProbe probe(String host, int port, Dialer dialer) {
    return new RedisProbe(
        new RedisSettings(
            List.of(new HostPort(host, port)), Optional.empty(), Optional.empty(), true),
        dialer);
  }

  private static Dialer trusting(SSLContext context) {
    return Dialer.tls(Dialer.PLAIN, context::getSocketFactory);
  }

  private static NotReady notReady(RedisProbe probe) {
    return ProbeRuns.notReady(probe, TIMEOUT);
  }

  @Test
  void aServerWhoseCertificateTheTrustStoreHoldsIsReadyOverTls() throws Exception {
    try (RedisProbe probe = probe("127.0.0.1", trusting(certificate.trustingClient()))) {
      assertThatCode(() -> probe.ready(ProbeContext.startingNow(TIMEOUT, ProbeOrigin.HTTP)))
          .as("PING over TLS")
          .doesNotThrowAnyException();
    }
  }

  @Test
  void anUntrustedCertificateIsNotReadyWithAOneLineReason() {
    try (RedisProbe probe = probe("127.0.0.1", Dialer.TLS)) {
      NotReady notReady = notReady(probe);

      assertThat(notReady.detail())
          .isEqualTo(
              "1 of 1 redis server failed: 127.0.0.1:"
                  + tlsPort
                  + ": TLS handshake failed: the server's certificate is not trusted (check the"
                  + " trust store, javax.net.ssl.trustStore)");
    }
  }

  @Test
  void aTrustedCertificateForAnotherNameIsNotReadyAsTheHostNameIsVerified() throws Exception {
    int port = ServerProcess.freePort();
    try (SelfSignedCertificate elsewhere = SelfSignedCertificate.forNames("DNS:elsewhere.test")) {
      ServerProcess other = ServerProcess.redisWithTls(elsewhere, port);
      try (RedisProbe probe = probe("127.0.0.1", port, trusting(elsewhere.trustingClient()))) {
        assertThat(notReady(probe).detail())
            .endsWith(": TLS handshake failed: the server's certificate is not for this host name");
      } finally {
        other.close();
      }
    }
  }

  @Test
  void aHostNameInTheCertificateIsAccepted() throws Exception {
    try (RedisProbe probe = probe("localhost", tlsPort, trusting(certificate.trustingClient()))) {
      assertThatCode(() -> probe.ready(ProbeContext.startingNow(TIMEOUT, ProbeOrigin.HTTP)))
          .as("localhost is in the certificate")
          .doesNotThrowAnyException();
    }
  }

  @Test
  void plainTextToTheTlsPortIsNotReady() {
    try (RedisProbe probe = probe("127.0.0.1", Dialer.PLAIN)) {
      assertThat(notReady(probe).detail()).startsWith("1 of 1 redis server failed");
    }
  }

  private static RedisProbe configured(String servers) throws Exception {
    KeyReader config = new KeyReader(SettingsSource.of(Map.of("djk8s.redis.servers", servers)));
    RedisSettings settings = RedisSettings.read(config);
    assertThat(config.problems()).isEmpty();
    return new RedisProbe(settings, Dialer.PLAIN, trusting(certificate.trustingClient()));
  }

  @Test
  void aRedissServerIsReachedOverTlsAndARedisOneInPlainText() throws Exception {
    String servers = "redis://127.0.0.1:" + redis.port() + ",rediss://127.0.0.1:" + tlsPort + "/0";
    try (RedisProbe probe = configured(servers)) {
      assertThatCode(() -> probe.ready(ProbeContext.startingNow(TIMEOUT, ProbeOrigin.HTTP)))
          .as("each server by its own scheme")
          .doesNotThrowAnyException();
    }
  }

  @Test
  void theSchemeChoosesTheConnection() throws Exception {
    try (RedisProbe probe = configured("rediss://127.0.0.1:" + redis.port())) {
      // a plain-text Redis answers a ClientHello with an error, or waits for a line end: either
      // way the handshake fails, at the latest by the deadline
      assertThat(ProbeRuns.notReady(probe, Duration.ofSeconds(2)).detail())
          .startsWith("1 of 1 redis server failed: 127.0.0.1:" + redis.port() + ": TLS handshake");
    }
  }
}
