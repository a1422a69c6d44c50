package io.djk8s.examples.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The example as documented: its health service answers from the H2 database probe. */
class GrpcExampleIT {

  @Test
  void theExampleAnswersServingFromItsDatabaseAndNotServingWithoutOne() throws Exception {
    assertThat(check(GrpcExampleMain.DEFAULTS)).isEqualTo(ServingStatus.SERVING);

    Map<String, String> broken = new HashMap<>(GrpcExampleMain.DEFAULTS);
    broken.put("djk8s.datasource.default.url", "jdbc:h2:tcp://127.0.0.1:1/mem:none");
    assertThat(check(broken)).as("database down").isEqualTo(ServingStatus.NOT_SERVING);
  }

  private static ServingStatus check(Map<String, String> keys) throws Exception {
    try (GrpcExampleMain example =
        GrpcExampleMain.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), keys)) {
      ManagedChannel channel =
          NettyChannelBuilder.forAddress("127.0.0.1", example.port()).usePlaintext().build();
      try {
        return HealthGrpc.newBlockingStub(channel)
            .withDeadlineAfter(10, TimeUnit.SECONDS)
            .check(HealthCheckRequest.newBuilder().setService("readiness").build())
            .getStatus();
      } finally {
        channel.shutdownNow();
      }
    }
  }
}
