/**
 * The standard {@code grpc.health.v1.Health} service answered by the djk8s engine, for the
 * kubelet's native gRPC probes ({@code grpc: {port: 9090}}). Build it with {@link
 * io.djk8s.grpc.Djk8sGrpcHealth#create(io.djk8s.core.engine.ProbeService)} and add it to the gRPC
 * server; in a CDI application, inject {@link io.djk8s.grpc.Djk8sHealthService} (see {@code
 * io.djk8s.grpc.cdi}). Nothing here depends on CDI.
 */
package io.djk8s.grpc;
