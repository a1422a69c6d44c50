package io.djk8s.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.common.util.concurrent.ListenableFuture;
import io.djk8s.ProbeOrigin;
import io.djk8s.testing.DatabaseRelay;
import io.djk8s.testing.PrivateH2;
import io.djk8s.testing.Threads;
import io.grpc.Context;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gRPC health service on a real Netty server on loopback, its {@code database} probe on a real
 * H2 TCP server behind a relay the test black-holes ({@link io.djk8s.testing.BlackHole}) and heals.
 */
class GrpcHealthIT {

  private static final String PASSWORD = "grpc-secret-pw";
  private static final Duration DEADLINE = Duration.ofMillis(300);

  private PrivateH2 h2;
  private DatabaseRelay relay;
  private HealthFixture fixture;

  @BeforeEach
  void start() throws Exception {
    h2 = PrivateH2.launch(PASSWORD);
    String url = h2.endpoint().url();
    int port = Integer.parseInt(url.replaceAll(".*://127\\.0\\.0\\.1:([0-9]+)/.*", "$1"));
    relay = new DatabaseRelay(port);
    fixture = fixture(Map.of(), UnaryOperator.identity());
  }

  private HealthFixture fixture(
      Map<String, String> extra, UnaryOperator<Djk8sGrpcHealth.Builder> tuning) throws Exception {
    String url = h2.endpoint().url().replaceAll(":[0-9]+/", ":" + relay.port() + "/");
    HealthFixture started = new HealthFixture(url, PASSWORD, extra, tuning);
    // the first connection of a fresh fixture may miss the deadline on a loaded machine
    await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .until(() -> started.blocking().check(service("")).getStatus() == ServingStatus.SERVING);
    started.database.checks.set(0);
    return started;
  }

  @AfterEach
  void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
    relay.close();
    h2.close();
  }

  private static HealthCheckRequest service(String name) {
    return HealthCheckRequest.newBuilder().setService(name).build();
  }

  @Test
  void checkAnswersServingWhenTheDatabaseAnswers() {
    for (String service : List.of("", "readiness", "database", "liveness", "startup")) {
      assertThat(fixture.blocking().check(service(service)).getStatus())
          .as("service '%s'", service)
          .isEqualTo(ServingStatus.SERVING);
    }
    assertThat(fixture.database.checks.get()).as("database checks").isEqualTo(3);
    assertThat(fixture.database.lastOrigin).isEqualTo(ProbeOrigin.GRPC);
  }

  @Test
  void
      checkAnswersNotServingWithinTheDeadlineWhenTheDatabaseIsBlackHoledThenServingAfterRecovery() {
    assertThat(fixture.blocking().check(service("")).getStatus()).isEqualTo(ServingStatus.SERVING);
    relay.blackHole();

    long start = System.nanoTime();
    ServingStatus status = fixture.blocking().check(service("")).getStatus();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(status).as("black-holed database").isEqualTo(ServingStatus.NOT_SERVING);
    assertThat(took).as("answer time").isLessThan(DEADLINE.plusMillis(50));

    relay.recover();
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(fixture.blocking().check(service("")).getStatus())
                    .as("after recovery")
                    .isEqualTo(ServingStatus.SERVING));
  }

  @Test
  void aShorterClientDeadlineIsHonouredWithNotServingBeforeIt() throws Exception {
    fixture.close();
    fixture = fixture(Map.of("djk8s.probe.timeout", "5s"), UnaryOperator.identity());
    relay.blackHole();
    Duration client = Duration.ofSeconds(1);

    long start = System.nanoTime();
    HealthCheckResponse response =
        fixture
            .blocking()
            .withDeadlineAfter(client.toMillis(), TimeUnit.MILLISECONDS)
            .check(service(""));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(response.getStatus()).isEqualTo(ServingStatus.NOT_SERVING);
    assertThat(took)
        .as("answer time under a %s client deadline, engine deadline 5s", client)
        .isLessThan(client);
  }

  @Test
  void watchSendsTheCurrentStateThenBothTransitions() throws Exception {
    fixture.close();
    fixture = fixture(Map.of(), b -> b.watchRefresh(Duration.ofMillis(100)));
    List<ServingStatus> seen = new CopyOnWriteArrayList<>();
    AtomicReference<Throwable> failed = new AtomicReference<>();
    fixture.async().watch(service("readiness"), collect(seen, failed));

    await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() >= 1);
    assertThat(seen).as("first message").first().isEqualTo(ServingStatus.SERVING);

    // A run caught by the black hole (or started just before the recovery) lasts up to the
    // engine's 5 s deadline before the next refresh can see the change: wait past it.
    Duration change = Duration.ofSeconds(15);
    relay.blackHole();
    await().atMost(change).until(() -> seen.contains(ServingStatus.NOT_SERVING));
    relay.recover();
    await().atMost(change).until(() -> seen.size() >= 3);

    assertThat(seen)
        .as("each change once, in order")
        .containsExactly(ServingStatus.SERVING, ServingStatus.NOT_SERVING, ServingStatus.SERVING);
    assertThat(failed.get()).as("stream error").isNull();
    assertThat(fixture.health.watchers()).isEqualTo(1);
  }

  @Test
  void watchIsDrivenByChecksOfOtherCallers() throws Exception {
    fixture.close();
    fixture = fixture(Map.of(), b -> b.watchRefresh(Duration.ofHours(1)));
    List<ServingStatus> seen = new CopyOnWriteArrayList<>();
    fixture.async().watch(service(""), collect(seen, new AtomicReference<>()));
    await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() >= 1);
    assertThat(seen).as("first message").containsExactly(ServingStatus.SERVING);

    relay.blackHole();
    assertThat(fixture.blocking().check(service("database")).getStatus())
        .isEqualTo(ServingStatus.NOT_SERVING);

    await()
        .atMost(Duration.ofSeconds(2))
        .untilAsserted(
            () ->
                assertThat(seen).containsExactly(ServingStatus.SERVING, ServingStatus.NOT_SERVING));
  }

  @Test
  void anUnknownServiceIsNotFoundAndWatchingItGetsServiceUnknown() {
    assertThatThrownBy(() -> fixture.blocking().check(service("payments")))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));

    List<ServingStatus> seen = new CopyOnWriteArrayList<>();
    fixture.async().watch(service("payments"), collect(seen, new AtomicReference<>()));
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(seen).containsExactly(ServingStatus.SERVICE_UNKNOWN));
  }

  @Test
  void watchersAreBounded() throws Exception {
    fixture.close();
    fixture = fixture(Map.of(), b -> b.maxWatchers(2));
    List<ServingStatus> seen = new CopyOnWriteArrayList<>();
    fixture.async().watch(service(""), collect(seen, new AtomicReference<>()));
    fixture.async().watch(service("liveness"), collect(seen, new AtomicReference<>()));
    await().atMost(Duration.ofSeconds(5)).until(() -> fixture.health.watchers() == 2);

    AtomicReference<Throwable> refused = new AtomicReference<>();
    fixture.async().watch(service("startup"), collect(new ArrayList<>(), refused));

    await().atMost(Duration.ofSeconds(5)).until(() -> refused.get() != null);
    assertThat(Status.fromThrowable(refused.get()).getCode())
        .isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    assertThat(fixture.health.watchers()).isEqualTo(2);
  }

  @Test
  void twoHundredConcurrentChecksCostOneDatabaseCheck() throws Exception {
    fixture.close();
    fixture = fixture(Map.of("djk8s.probe.timeout", "5s"), UnaryOperator.identity());
    CountDownLatch gate = new CountDownLatch(1);
    fixture.database.gate = gate;

    List<ListenableFuture<HealthCheckResponse>> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      calls.add(fixture.future().check(service("")));
    }
    Threads.awaitCallersWaitingForProbes(200, Duration.ofSeconds(10));
    gate.countDown();

    for (ListenableFuture<HealthCheckResponse> call : calls) {
      assertThat(call.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(ServingStatus.SERVING);
    }
    assertThat(fixture.database.checks.get()).as("database checks").isEqualTo(1);
  }

  @Test
  void noReasonReachesTheClientUnderDetailsNever() {
    relay.blackHole();
    AtomicReference<Metadata> headers = new AtomicReference<>();
    AtomicReference<Metadata> trailers = new AtomicReference<>();

    HealthCheckResponse response =
        fixture
            .blocking()
            .withInterceptors(MetadataUtils.newCaptureMetadataInterceptor(headers, trailers))
            .check(service(""));

    assertThat(response.getStatus()).isEqualTo(ServingStatus.NOT_SERVING);
    assertThat(response.toString()).as("response").doesNotContain("timed out", "127.0.0.1");
    assertThat(trailers.get().keys())
        .as("trailers")
        .allSatisfy(key -> assertThat(key).startsWith("grpc-"));
    assertThat(headers.get().keys())
        .as("headers")
        .allSatisfy(
            key -> assertThat(key).isIn("content-type", "grpc-encoding", "grpc-accept-encoding"));
    assertThat(Context.current().getDeadline()).isNull();
  }

  private static StreamObserver<HealthCheckResponse> collect(
      List<ServingStatus> seen, AtomicReference<Throwable> failed) {
    return new StreamObserver<>() {
      @Override
      public void onNext(HealthCheckResponse value) {
        seen.add(value.getStatus());
      }

      @Override
      public void onError(Throwable t) {
        failed.set(t);
      }

      @Override
      public void onCompleted() {}
    };
  }
}
