package io.djk8s.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The event loop never waits for a probe: with the datasource black-holed and 50 clients waiting on
 * {@code /readyz}, the example's plain {@code @GET} endpoint answers with p99 within 50 ms, and
 * Vert.x's blocked-thread checker (strict here: 100 ms) logs nothing.
 */
@QuarkusTest
@WithTestResource(BlackHoledDatabase.class)
class EventLoopIT {

  private static final int CLIENTS = 50;
  private static final int SAMPLES = 300;
  private static final Duration P99_BOUND = Duration.ofMillis(50);

  @TestHTTPResource("/")
  URI root;

  @Test
  void plainEndpointStaysFastWhileFiftyClientsWaitOnABlackHoledReadyz() throws Exception {
    HttpClient probes =
        HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
    HttpClient app = HttpClient.newHttpClient();
    HttpRequest readyz = HttpRequest.newBuilder(root.resolve("readyz")).build();
    HttpRequest ping = HttpRequest.newBuilder(root.resolve("api/ping")).build();
    assertThat(app.send(ping, HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("pong");
    for (int i = 0; i < SAMPLES; i++) {
      app.send(ping, HttpResponse.BodyHandlers.discarding()); // warm up: JIT, connection
    }

    AtomicBoolean running = new AtomicBoolean(true);
    var readyzStatuses = ConcurrentHashMap.<Integer>newKeySet();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int i = 0; i < CLIENTS; i++) {
      clients.execute(
          () -> {
            while (running.get()) {
              try {
                readyzStatuses.add(
                    probes.send(readyz, HttpResponse.BodyHandlers.discarding()).statusCode());
              } catch (Exception e) {
                readyzStatuses.add(-1);
              }
            }
          });
    }
    List<Long> micros = new ArrayList<>();
    try {
      await().atMost(Duration.ofSeconds(20)).until(() -> readyzStatuses.contains(503));
      for (int i = 0; i < SAMPLES; i++) {
        long start = System.nanoTime();
        HttpResponse<String> answer = app.send(ping, HttpResponse.BodyHandlers.ofString());
        micros.add((System.nanoTime() - start) / 1000);
        assertThat(answer.statusCode()).isEqualTo(200);
      }
    } finally {
      running.set(false);
      clients.shutdown();
      assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
    Collections.sort(micros);
    Duration p99 = Duration.ofNanos(micros.get((int) Math.ceil(SAMPLES * 0.99) - 1) * 1000);
    assertThat(readyzStatuses).as("readyz answered 503, the black hole's answer").containsOnly(503);
    String log = Files.readString(Path.of(BlackHoledDatabase.LOG));
    assertThat(log).as("Vert.x's blocked-thread checker").doesNotContain("has been blocked for");
    assertThat(p99)
        .as("p99 of /api/ping while %d clients wait on /readyz: %s", CLIENTS, p99)
        .isLessThanOrEqualTo(P99_BOUND);
  }
}
