package io.djk8s.examples.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The example as documented: its health service answers from the H2 database probe. */
class GrpcExampleIT {

  @Test
  void theExampleAnswersServingFromItsEmbeddedDatabase() throws Exception {
    try (GrpcExampleMain example = start(GrpcExampleMain.DEFAULTS)) {
      // the first H2 connection of a cold JVM may miss the 800 ms deadline on a loaded machine
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> check(example, "readiness") == ServingStatus.SERVING);
      assertThat(check(example, "database")).isEqualTo(ServingStatus.SERVING);
      assertThat(check(example, "liveness")).isEqualTo(ServingStatus.SERVING);
    }
  }

  @Test
  void theExampleAnswersNotServingWhenItsDatabaseIsDown() throws Exception {
    Map<String, String> broken = new HashMap<>(GrpcExampleMain.DEFAULTS);
    broken.put("djk8s.datasource.default.url", "jdbc:h2:tcp://127.0.0.1:1/mem:none");
    try (GrpcExampleMain example = start(broken)) {
      assertThat(check(example, "readiness")).isEqualTo(ServingStatus.NOT_SERVING);
    }
  }

  private static GrpcExampleMain start(Map<String, String> keys) throws Exception {
    return GrpcExampleMain.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), keys);
  }

  private static ServingStatus check(GrpcExampleMain example, String service) {
    ManagedChannel channel =
        NettyChannelBuilder.forAddress("127.0.0.1", example.port()).usePlaintext().build();
    try {
      return HealthGrpc.newBlockingStub(channel)
          .withDeadlineAfter(10, TimeUnit.SECONDS)
          .check(HealthCheckRequest.newBuilder().setService(service).build())
          .getStatus();
    } finally {
      channel.shutdownNow();
    }
  }
}
