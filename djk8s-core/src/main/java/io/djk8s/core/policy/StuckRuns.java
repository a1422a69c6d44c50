package io.djk8s.core.policy;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * When a single-flight run that never ends is left to its thread, so that the next caller starts
 * another instead of joining it.
 *
 * <p>Single-flight makes every caller join the run in flight. A run stuck in I/O that no timeout
 * bounds (a driver without a read timeout on a connection a partition left half-open, a probe that
 * ignores its deadline and its interrupt) would then keep its probe not ready after the dependency
 * is back. So a run that has been running for {@link #FIRST_AFTER}, or twice its deadline if that
 * is longer, is left running and the next caller starts a new one. Each further stuck run of the
 * same key waits twice as long as the one before; at most {@link #MAX_LEFT} are left running at
 * once, after which callers join the newest. A left run that ends at last frees its place. So a
 * black hole costs at most {@code MAX_LEFT + 1} threads per key, however long it lasts.
 */
public final class StuckRuns {

  /** How long a run is in flight before the next caller starts another instead of joining it. */
  public static final Duration FIRST_AFTER = Duration.ofSeconds(30);

  /** The most stuck runs of one key left running on their threads at once. */
  public static final int MAX_LEFT = 8;

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final ConcurrentMap<String, AtomicInteger> left = new ConcurrentHashMap<>();

  /**
   * Decides whether to leave a run in flight to its thread; when it does, counts the run as left
   * until it ends and logs a WARNING naming {@code what}, never a host or URL.
   *
   * @param key the probe or datasource the run belongs to
   * @param ranNanos how long the run has been in flight
   * @param deadline the run's deadline
   * @param ends completes when the run ends at last
   * @param what names the run in the log, such as {@code probe 'orders'}
   * @return {@code true} when the caller should start another run
   */
  public boolean leave(
      String key, long ranNanos, Duration deadline, CompletionStage<?> ends, String what) {
    AtomicInteger count = left.computeIfAbsent(key, k -> new AtomicInteger());
    int running = count.get();
    if (running >= MAX_LEFT || ranNanos < after(deadline, running)) {
      return false;
    }
    count.incrementAndGet();
    ends.whenComplete((result, error) -> count.decrementAndGet());
    LOG.warning(
        () ->
            "djk8s: "
                + what
                + ": a run has been in flight for "
                + Duration.ofNanos(ranNanos).toSeconds()
                + " s, past its deadline (I/O without a timeout of its own); starting another, "
                + (running + 1)
                + " left running on their threads (at most "
                + MAX_LEFT
                + ")");
    return true;
  }

  /**
   * How long a run must have been in flight to be left, with this many of its key already left.
   *
   * @param deadline the run's deadline
   * @param alreadyLeft how many stuck runs of the key are left running
   * @return the time
   */
  static long after(Duration deadline, int alreadyLeft) {
    long first = Math.max(FIRST_AFTER.toNanos(), deadline.multipliedBy(2).toNanos());
    return first << alreadyLeft;
  }

  /**
   * How many stuck runs of a key are left running on their threads.
   *
   * @param key the probe or datasource
   * @return the count
   */
  public int leftRunning(String key) {
    AtomicInteger count = left.get(key);
    return count == null ? 0 : count.get();
  }
}
