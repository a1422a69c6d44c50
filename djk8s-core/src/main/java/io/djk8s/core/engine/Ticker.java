package io.djk8s.core.engine;

/**
 * The engine's clock, in {@link System#nanoTime()} units: deadlines, reuse windows and staleness
 * are measured on it, so tests drive them with a clock they control.
 */
@FunctionalInterface
public interface Ticker {

  /** The JVM's monotonic clock. */
  Ticker SYSTEM = System::nanoTime;

  /**
   * Now.
   *
   * @return nanoseconds from an arbitrary origin, monotonic
   */
  long nanoTime();
}
