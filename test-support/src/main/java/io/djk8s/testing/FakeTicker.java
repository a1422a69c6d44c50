package io.djk8s.testing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock the test moves by hand, for the engine's deadline, reuse and staleness tests: pass {@code
 * ticker::nanoTime} where an {@code io.djk8s.core.engine.Ticker} (or a {@code LongSupplier} of
 * nanoseconds) is wanted. It starts at an arbitrary non-zero origin, as {@link System#nanoTime()}
 * does, and only moves when {@link #advance(Duration)} is called, from any thread.
 */
public final class FakeTicker {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  /**
   * Now, on this clock.
   *
   * @return nanoseconds from the arbitrary origin
   */
  public long nanoTime() {
    return nanos.get();
  }

  /**
   * Moves the clock forward.
   *
   * @param by how far; not negative
   */
  public void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("a monotonic clock does not go back: " + by);
    }
    nanos.addAndGet(by.toNanos());
  }

  @Override
  public String toString() {
    return "fake ticker at " + nanos.get() + " ns";
  }
}
