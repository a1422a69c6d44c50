package io.djk8s.core.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * How the engine runs one probe: its deadline, how long its results are reused, whether it may
 * change the readiness answer, and whether it runs in the background.
 *
 * @param timeout the deadline of each run, positive
 * @param cacheTtl how long a successful result is reused; zero shares only a run in flight
 * @param failureCacheTtl how long a failed result is reused; zero shares only a run in flight
 * @param optional whether the probe is reported but never changes the group's answer
 * @param interval how often the engine refreshes the probe on its own threads; zero for never
 *     (requests run it)
 * @param maxStaleness how old the latest background result may be before it counts as not ready;
 *     zero when there is no background refresh
 */
public record ProbePolicy(
    Duration timeout,
    Duration cacheTtl,
    Duration failureCacheTtl,
    boolean optional,
    Duration interval,
    Duration maxStaleness) {

  /** How many intervals a background result lives by default. */
  public static final int DEFAULT_STALENESS_INTERVALS = 3;

  /** Checks the durations. */
  public ProbePolicy {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(cacheTtl, "cacheTtl");
    Objects.requireNonNull(failureCacheTtl, "failureCacheTtl");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(maxStaleness, "maxStaleness");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  /**
   * The policy every probe has unless configured otherwise: one deadline, one reuse window for
   * every result, no background refresh.
   *
   * @param timeout the deadline
   * @param cacheTtl the reuse window of every result
   * @return the policy
   */
  public static ProbePolicy of(Duration timeout, Duration cacheTtl) {
    return new ProbePolicy(timeout, cacheTtl, cacheTtl, false, Duration.ZERO, Duration.ZERO);
  }

  /**
   * Whether the engine refreshes the probe on its own threads.
   *
   * @return {@code true} when an interval is set
   */
  public boolean background() {
    return (interval.compareTo(Duration.ZERO) > 0);
  }

  /**
   * How long a finished result is reused.
   *
   * @param ready whether the result was ready
   * @return {@link #cacheTtl()} for a ready result, {@link #failureCacheTtl()} otherwise
   */
  public Duration reuse(boolean ready) {
    return ready ? cacheTtl : failureCacheTtl;
  }
}
