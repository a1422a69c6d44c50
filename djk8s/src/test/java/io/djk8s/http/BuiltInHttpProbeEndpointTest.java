package io.djk8s.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.BlackHole;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.Http;
import io.djk8s.testing.Http.Answer;
import io.djk8s.testing.LogCapture;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code /readyz} with the http probe against a local HTTP server whose status the test sets. */
class BuiltInHttpProbeEndpointTest {

  private static final Set<Class<?>> FILTER = Set.of(ProbeRequestFilter.class);
  private static final Duration DEADLINE = Duration.ofMillis(500);

  private static Map<String, String> config(String urls) {
    return Map.of(
        "djk8s.readiness.probes",
        "http",
        "djk8s.http.urls",
        urls,
        "djk8s.probe.timeout",
        DEADLINE.toMillis() + "ms",
        "djk8s.details",
        "always");
  }

  /** A dependency answering whatever status the test sets. */
  private static final class Dependency implements AutoCloseable {
    final AtomicInteger status = new AtomicInteger(200);
    final HttpServer server;

    Dependency() throws Exception {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/",
          exchange -> {
            int code = status.get();
            if (code >= 300 && code < 400) {
              exchange.getResponseHeaders().add("Location", "/elsewhere");
            }
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
          });
      server.start();
    }

    String url(String pathAndQuery) {
      return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  @Test
  void readyzFollowsTheDependencysStatusAndNoSecretOfTheUrlIsShown() throws Exception {
    try (Dependency dependency = new Dependency();
        LogCapture log = LogCapture.start();
        EmbeddedServer server =
            EmbeddedServer.start(
                FILTER,
                config(
                    dependency
                        .url("/health?token=t0ps3cret")
                        .replace("http://", "http://probe:hunter2@")))) {
      assertThat(Http.get(server.uri("/readyz")).status()).as("200").isEqualTo(200);
      dependency.status.set(302);
      assertThat(Http.get(server.uri("/readyz")).status()).as("302 is ready").isEqualTo(200);

      dependency.status.set(500);
      Answer down = Http.get(server.uri("/readyz?verbose"));
      assertThat(down.status()).isEqualTo(503);
      assertThat(down.body())
          .contains(
              "1 of 1 URL failed: "
                  + dependency.url("/health?...")
                  + ": HTTP 500 (ready is 200 to 399)");

      dependency.status.set(204);
      assertThat(Http.get(server.uri("/readyz")).status()).as("recovered").isEqualTo(200);
      assertThat(down.body() + log.awaitText("HTTP 500"))
          .as("body and log")
          .doesNotContain("hunter2")
          .doesNotContain("t0ps3cret")
          .contains("failed");
    }
  }

  @Test
  void aDependencyThatAcceptsAndNeverAnswersIsCutShortByTheReadTimeout() throws Exception {
    try (BlackHole silent = BlackHole.silent();
        EmbeddedServer server =
            EmbeddedServer.start(FILTER, config("http://" + silent.address() + "/health"))) {
      Http.get(server.uri("/readyz")); // warm-up

      Answer answer = Http.fastestOf(3, server.uri("/readyz?verbose"));

      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.elapsed()).isLessThan(DEADLINE.plusMillis(100));
      assertThat(answer.body()).contains("/health: no answer within the");
    }
  }
}
