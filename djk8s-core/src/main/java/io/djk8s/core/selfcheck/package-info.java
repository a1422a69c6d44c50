/**
 * Requests made exactly as the kubelet makes them ({@link io.djk8s.core.selfcheck.KubeletRequest}),
 * and the start-up self-check built on them ({@link io.djk8s.core.selfcheck.SelfCheck}): plain
 * Java's HTTP client, so every host (the servlet integration, an embedded runtime, Quarkus, the
 * command line's {@code djk8s kubelet}) calls the same code.
 */
package io.djk8s.core.selfcheck;
