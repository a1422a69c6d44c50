package io.djk8s.cli;

import io.djk8s.core.net.HostPort;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code probe --grpc HOST:PORT}: one {@code grpc.health.v1.Health/Check} over plaintext HTTP/2,
 * for images whose probes must be {@code exec}. {@code SERVING} exits 0; any other status 1; a
 * service the server does not know ({@code NOT_FOUND}) 2, as a configuration error; no answer in
 * time, a refused connection or a server without the health service 3. The only class of the
 * command line that touches gRPC: the other modes never load it, nor any gRPC class.
 */
final class GrpcProbe {

  private GrpcProbe() {}

  /**
   * Parses {@code HOST:PORT}.
   *
   * @param target the text after {@code --grpc}
   * @return the address, empty when the text is not one
   */
  static Optional<HostPort> target(String target) {
    return HostPort.parse(target);
  }

  /**
   * Asks the server once.
   *
   * @param target where the gRPC server listens
   * @param service the health service name: {@code ""}, {@code readiness}, {@code liveness}, ...
   * @param timeout the call's deadline, connect included
   * @return the result
   */
  static ProbeResult check(HostPort target, String service, Duration timeout) {
    String where = "gRPC " + target;
    String label = service.isEmpty() ? "readiness" : service;
    ManagedChannel channel =
        NettyChannelBuilder.forAddress(target.host(), target.port()).usePlaintext().build();
    try {
      ServingStatus status =
          HealthGrpc.newBlockingStub(channel)
              .withDeadlineAfter(timeout.toNanos(), TimeUnit.NANOSECONDS)
              .check(HealthCheckRequest.newBuilder().setService(service).build())
              .getStatus();
      if (status == ServingStatus.SERVING) {
        return ProbeResult.ok();
      }
      return ProbeResult.notReady(label + ": " + status, null);
    } catch (StatusRuntimeException e) {
      Status.Code code = e.getStatus().getCode();
      if (code == Status.Code.NOT_FOUND) {
        return new ProbeResult(
            ExitCodes.USAGE,
            "Unknown gRPC health service '" + label + "' at " + where,
            Optional.empty(),
            true);
      }
      return ProbeResult.noAnswer("No answer from " + where + ": " + code);
    } finally {
      channel.shutdownNow();
    }
  }
}
