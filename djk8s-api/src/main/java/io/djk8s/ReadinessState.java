package io.djk8s;

/** The application's readiness as a whole, as carried by {@link ReadinessChanged}. */
public enum ReadinessState {
  /** No readiness probe has been observed yet. */
  UNKNOWN,
  /** Every readiness probe was ready at its latest run. */
  READY,
  /** At least one readiness probe was not ready at its latest run. */
  NOT_READY
}
