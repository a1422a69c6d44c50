package io.djk8s;

/** Who asked for a probe run, as seen through {@link ProbeContext#origin()}. */
public enum ProbeOrigin {
  /** An HTTP probe path such as {@code /readyz}, usually the kubelet. */
  HTTP,
  /** The command-line {@code probe} tool, usually an exec probe. */
  CLI,
  /** A MicroProfile Health endpoint such as {@code /health/ready}. */
  HEALTH,
  /**
   * The gRPC health service ({@code grpc.health.v1.Health}), usually a kubelet {@code grpc} probe.
   */
  GRPC,
  /**
   * The engine itself: a probe with {@code djk8s.probes.<name>.interval} set, refreshed in the
   * background every interval; requests read its latest result.
   */
  BACKGROUND
}
