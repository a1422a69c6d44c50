package io.djk8s;

import java.util.Optional;

/**
 * Takes the application out of rotation and back, for maintenance or back-pressure. Inject it as a
 * CDI bean:
 *
 * <pre>{@code
 * @Inject ReadinessControl readiness;
 *
 * void startMaintenance() {
 *   readiness.markNotReady("maintenance window");
 * }
 * }</pre>
 *
 * <p>It acts like a readiness probe named {@value #PROBE_NAME}, which is always part of readiness:
 * while marked not ready, {@code /readyz} answers 503 with body {@value #CONTENT}, verbose output
 * lists {@code [-]manual failed}, MicroProfile Health reports the {@code manual} check DOWN, the
 * change is logged, and a {@link ReadinessChanged} event is fired at once. Liveness is unaffected.
 * The reason is shown only where {@code djk8s.details} allows. The state lives in this process and
 * is lost on restart.
 */
public interface ReadinessControl {

  /** The name of the probe that reflects the manual state. */
  String PROBE_NAME = "manual";

  /** The body of {@code /readyz} while marked not ready. */
  String CONTENT = "manual: not ready";

  /**
   * Takes the application out of rotation until {@link #markReady()}.
   *
   * @param reason why, for the log and (where allowed) verbose output; must not be {@code null}
   */
  void markNotReady(String reason);

  /** Puts the application back into rotation, as far as the manual state is concerned. */
  void markReady();

  /**
   * Why the application is marked not ready.
   *
   * @return the reason given to {@link #markNotReady(String)}, or empty while marked ready
   */
  Optional<String> notReadyReason();
}
