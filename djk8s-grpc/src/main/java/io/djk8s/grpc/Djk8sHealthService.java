package io.djk8s.grpc;

import io.djk8s.core.engine.ProbeService;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The {@code grpc.health.v1.Health} service answered by the djk8s engine; add it to a gRPC server
 * ({@code ServerBuilder.addService(health)}) and close it when the server stops. Build it with
 * {@link Djk8sGrpcHealth}.
 *
 * <ul>
 *   <li>{@code Check}: service {@code ""} or {@code readiness} runs the readiness probes, {@code
 *       liveness} and {@code startup} their groups, a probe's name that probe; anything else is
 *       {@code NOT_FOUND}. {@code SERVING} when every probe passed, else {@code NOT_SERVING},
 *       within the engine's deadline ({@code djk8s.probe.timeout}) or the client's gRPC deadline
 *       when that is shorter. Concurrent calls share one run of each probe.
 *   <li>{@code Watch}: the current status at once, then each change; an unknown service gets {@code
 *       SERVICE_UNKNOWN} and stays open, as the protocol says. Past the bound on open streams a new
 *       one fails with {@code RESOURCE_EXHAUSTED}.
 *   <li>No failure reason ever goes to the client (the protocol has no field for one); djk8s logs
 *       it.
 * </ul>
 */
public final class Djk8sHealthService extends HealthGrpc.HealthImplBase implements AutoCloseable {

  private final ProbeService engine;
  private final TargetCheck check;
  private final Watchers watchers;
  private final ExecutorService[] threads;

  Djk8sHealthService(
      ProbeService engine, TargetCheck check, Watchers watchers, ExecutorService... threads) {
    this.engine = engine;
    this.check = check;
    this.watchers = watchers;
    this.threads = threads.clone();
  }

  @Override
  public void check(HealthCheckRequest request, StreamObserver<HealthCheckResponse> response) {
    Optional<HealthTarget> target = HealthTarget.resolve(engine, request.getService());
    if (target.isEmpty()) {
      response.onError(Status.NOT_FOUND.withDescription("unknown service").asRuntimeException());
      return;
    }
    ServingStatus status = check.check(target.get(), Context.current().getDeadline());
    response.onNext(HealthCheckResponse.newBuilder().setStatus(status).build());
    response.onCompleted();
  }

  @Override
  public void watch(HealthCheckRequest request, StreamObserver<HealthCheckResponse> response) {
    ServerCallStreamObserver<HealthCheckResponse> stream =
        (ServerCallStreamObserver<HealthCheckResponse>) response;
    Optional<HealthTarget> target = HealthTarget.resolve(engine, request.getService());
    Watcher watcher = new Watcher(target, stream);
    stream.setOnCancelHandler(
        () -> {
          watcher.cancelled();
          watchers.remove(watcher);
        });
    if (!watchers.add(watcher)) {
      response.onError(
          Status.RESOURCE_EXHAUSTED
              .withDescription("too many health watchers (at most " + watchers.max() + ")")
              .asRuntimeException());
      return;
    }
    if (target.isEmpty()) {
      watcher.offer(ServingStatus.SERVICE_UNKNOWN);
      return;
    }
    watcher.offer(TargetCheck.status(check.run(target.get())));
  }

  /**
   * How many {@code Watch} streams are open.
   *
   * @return the count
   */
  public int watchers() {
    return watchers.size();
  }

  /** Ends every {@code Watch} stream and stops this service's threads; the engine stays open. */
  @Override
  public void close() {
    watchers.close();
    for (ExecutorService executor : threads) {
      executor.shutdownNow();
    }
  }
}
