package io.djk8s.grpc;

import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.stub.ServerCallStreamObserver;
import java.util.Optional;

/** One {@code Watch} stream: sends a status when it differs from the last one sent. */
final class Watcher {

  private final Optional<HealthTarget> target;
  private final ServerCallStreamObserver<HealthCheckResponse> stream;
  private ServingStatus sent;
  private boolean closed;

  Watcher(Optional<HealthTarget> target, ServerCallStreamObserver<HealthCheckResponse> stream) {
    this.target = target;
    this.stream = stream;
  }

  Optional<HealthTarget> target() {
    return target;
  }

  /**
   * Sends the status unless it is the one last sent.
   *
   * @param status the current status
   */
  synchronized void offer(ServingStatus status) {
    if (closed || status == sent) {
      return;
    }
    sent = status;
    try {
      stream.onNext(HealthCheckResponse.newBuilder().setStatus(status).build());
    } catch (RuntimeException cancelled) {
      closed = true;
    }
  }

  synchronized void cancelled() {
    closed = true;
  }

  synchronized void complete() {
    if (!closed) {
      closed = true;
      try {
        stream.onCompleted();
      } catch (RuntimeException cancelled) {
        // the client left first
      }
    }
  }
}
