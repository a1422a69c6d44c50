/**
 * CDI wiring of the gRPC health service: {@link io.djk8s.grpc.cdi.Djk8sGrpcHealthProducer}. CDI is
 * {@code provided}; nothing outside this package uses it.
 */
package io.djk8s.grpc.cdi;
