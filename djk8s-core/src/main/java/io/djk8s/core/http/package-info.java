/**
 * The probe paths' HTTP contract without a transport: which paths are probe paths ({@link
 * io.djk8s.core.http.ProbePaths}), and how a request becomes an answer ({@link
 * io.djk8s.core.http.ProbeAnswers}): status, body, {@code ?verbose}, {@code ?exclude=}, headers and
 * detail tiers. Each host (JAX-RS, servlet, Quarkus's Vert.x route) only reads its request and
 * writes the {@link io.djk8s.core.http.ProbeAnswer}.
 */
package io.djk8s.core.http;
