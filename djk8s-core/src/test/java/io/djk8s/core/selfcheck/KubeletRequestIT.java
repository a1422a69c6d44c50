package io.djk8s.core.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import io.djk8s.core.settings.Djk8sSettings;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsSource;
import io.djk8s.testing.BlackHole;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kubelet-like request and the self-check against a real HTTP server on loopback. */
class KubeletRequestIT {

  private HttpServer server;
  private final AtomicReference<Headers> seen = new AtomicReference<>();
  private final KubeletRequest kubelet = new KubeletRequest("1.31");

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/livez", exchange -> answer(exchange, 200, Map.of(), "live"));
    server.createContext("/healthz", exchange -> answer(exchange, 200, Map.of(), "live"));
    server.createContext("/readyz", exchange -> answer(exchange, 503, Map.of(), "not ready"));
    server.createContext("/startupz", exchange -> answer(exchange, 401, Map.of(), "who?"));
    server.createContext(
        "/hop", exchange -> answer(exchange, 302, Map.of("Location", "/livez"), ""));
    server.createContext(
        "/away",
        exchange -> answer(exchange, 302, Map.of("Location", "http://login.invalid/"), ""));
    server.createContext(
        "/loop", exchange -> answer(exchange, 302, Map.of("Location", "/loop"), ""));
    server.createContext("/big", exchange -> answer(exchange, 200, Map.of(), "x".repeat(50_000)));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(
      com.sun.net.httpserver.HttpExchange exchange,
      int status,
      Map<String, String> headers,
      String body)
      throws IOException {
    seen.set(exchange.getRequestHeaders());
    headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void sendsTheKubeletsHeadersAndTheProbesOwnButNoCredentials() {
    KubeletAnswer answer =
        kubelet.get(url("/livez"), Map.of("X-Probe", "yes"), Duration.ofSeconds(10));

    assertThat(answer.success()).as(answer.toString()).isTrue();
    assertThat(seen.get().getFirst("User-Agent")).isEqualTo("kube-probe/1.31");
    assertThat(seen.get().getFirst("Accept")).isEqualTo("*/*");
    assertThat(seen.get().getFirst("X-Probe")).isEqualTo("yes");
    assertThat(seen.get()).doesNotContainKeys("Cookie", "Authorization");
  }

  @Test
  void followsARedirectToTheSameHostAndSucceedsOnTheTarget() {
    KubeletAnswer answer = kubelet.get(url("/hop"), Map.of(), Duration.ofSeconds(10));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.firstStatus()).isEqualTo(302);
    assertThat(answer.redirects()).containsExactly(url("/livez"));
  }

  @Test
  void aRedirectToAnotherHostIsNotFollowedAndCountsAsSuccess() {
    KubeletAnswer answer = kubelet.get(url("/away"), Map.of(), Duration.ofSeconds(10));

    assertThat(answer.success()).isTrue();
    assertThat(answer.offHost()).contains(URI.create("http://login.invalid/"));
  }

  @Test
  void stopsAfterTenRedirectsAndFails() {
    KubeletAnswer answer = kubelet.get(url("/loop"), Map.of(), Duration.ofSeconds(10));

    assertThat(answer.success()).isFalse();
    assertThat(answer.redirects()).hasSize(10);
    assertThat(answer.error()).contains("stopped after 10 redirects");
  }

  @Test
  void readsAtMostTenKibibytesOfBody() {
    KubeletAnswer answer = kubelet.get(url("/big"), Map.of(), Duration.ofSeconds(10));
    assertThat(answer.body()).as(answer.toString()).hasSize(10 * 1024);
  }

  @Test
  void aSilentServerFailsWithinTheTimeout() throws IOException {
    try (BlackHole hole = BlackHole.silent()) {
      KubeletAnswer answer =
          kubelet.get(
              URI.create("http://127.0.0.1:" + hole.port() + "/livez"),
              Map.of(),
              Duration.ofMillis(300));

      assertThat(answer.success()).isFalse();
      assertThat(answer.error()).contains("no answer within 300 ms");
      assertThat(answer.elapsed()).isLessThan(Duration.ofSeconds(10));
    }
  }

  @Test
  void selfCheckWarnsAbout401AndNotAboutDjk8sOwn503() {
    List<SelfCheck.Problem> problems = SelfCheck.standard().check(defaults(), url(""));

    assertThat(problems)
        .extracting(SelfCheck.Problem::path, SelfCheck.Problem::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/startupz", 401));
    assertThat(problems.get(0).message())
        .startsWith(
            "djk8s self-check: GET /startupz answered 401: the probe path is behind the server's authentication");
  }

  @Test
  void selfCheckNamesRedirectsAnd404() {
    Djk8sSettings settings =
        settings(
            Map.of(
                "djk8s.health.paths",
                "/hop,/missing",
                "djk8s.ready.paths",
                "/away",
                "djk8s.startup.paths",
                "/livez/x"));

    List<SelfCheck.Problem> problems = SelfCheck.standard().check(settings, url("/"));

    assertThat(problems)
        .extracting(SelfCheck.Problem::path, SelfCheck.Problem::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/hop", 302),
            org.assertj.core.groups.Tuple.tuple("/missing", 404),
            org.assertj.core.groups.Tuple.tuple("/away", 302));
  }

  @Test
  void failModeThrowsAndOffModeRequestsNothing() {
    assertThatThrownBy(() -> SelfCheck.standard().run(SelfCheckMode.FAIL, defaults(), url("")))
        .isInstanceOf(SelfCheckFailure.class)
        .hasMessageContaining(
            "djk8s.self-check=fail: djk8s self-check: GET /startupz answered 401");
    seen.set(null);

    assertThat(SelfCheck.standard().run(SelfCheckMode.OFF, defaults(), url(""))).isEmpty();
    assertThat(seen.get()).isNull();
  }

  @Test
  void aBadModeNamesTheKeyAndTheValue() {
    assertThatThrownBy(
            () -> SelfCheckMode.of(SettingsSource.of(Map.of("djk8s.self-check", "loud"))))
        .hasMessage("djk8s.self-check='loud': must be 'warn', 'fail' or 'off'");
    assertThat(SelfCheckMode.of(SettingsSource.of(Map.of()))).isEqualTo(SelfCheckMode.WARN);
  }

  private static Djk8sSettings defaults() {
    return settings(Map.of());
  }

  private static Djk8sSettings settings(Map<String, String> values) {
    return SettingsReader.read(SettingsSource.of(values)).settings().orElseThrow();
  }
}
