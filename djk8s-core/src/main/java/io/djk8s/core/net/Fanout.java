package io.djk8s.core.net;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks several targets at once, so that a probe over N nodes takes as long as the slowest node,
 * not the sum. Owned by one probe bean and closed with it. One target is checked on the caller's
 * thread; several run on as many threads as there are targets, at most {@value #MAX_THREADS} (idle
 * ones end after 30 s), the rest waiting their turn. Checks are single-flight per target: a run
 * that finds a target's check from an earlier run still going joins it instead of starting another,
 * so a target that hangs holds one thread however often it is probed, and each run waits only up to
 * its own deadline.
 */
public final class Fanout implements AutoCloseable {

  /** The most threads of one fan-out. */
  public static final int MAX_THREADS = 8;

  /**
   * A check of one target.
   *
   * @param <T> the target type
   */
  @FunctionalInterface
  public interface Check<T> {
    /**
     * Checks one target.
     *
     * @param target the target
     * @throws Exception with a message saying what is wrong
     */
    void check(T target) throws Exception;
  }

  private final int maxThreads;
  private final Flights<Object, Optional<String>> checks;

  /**
   * Creates the threads' pool, of at most {@value #MAX_THREADS} threads.
   *
   * @param name the thread name prefix, such as {@code djk8s-memcached}
   */
  public Fanout(String name) {
    this(name, MAX_THREADS);
  }

  /**
   * Creates the threads' pool.
   *
   * @param name the thread name prefix, such as {@code djk8s-memcached}
   * @param maxThreads the most checks that run at once
   */
  public Fanout(String name, int maxThreads) {
    this.maxThreads = maxThreads;
    this.checks = new Flights<>(name, 1);
  }

  /**
   * Checks every target and waits for all, at most until the deadline.
   *
   * @param <T> the target type
   * @param targets what to check
   * @param check the check
   * @param deadline when to stop waiting
   * @return the failures by target, in target order; empty when all passed
   */
  public <T> Map<T, String> failures(List<T> targets, Check<T> check, IoDeadline deadline) {
    Map<T, String> failures = new LinkedHashMap<>();
    if (targets.size() == 1) {
      T only = targets.get(0);
      describe(only, check).ifPresent(failure -> failures.put(only, failure));
      return failures;
    }
    checks.resize(Math.min(maxThreads, targets.size()));
    List<CompletableFuture<Optional<String>>> futures = new ArrayList<>(targets.size());
    for (T target : targets) {
      futures.add(checks.join(target, () -> describe(target, check)));
    }
    for (int i = 0; i < targets.size(); i++) {
      T target = targets.get(i);
      Optional<String> failure;
      try {
        failure = futures.get(i).get(deadline.waitRemaining().toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        failure = Optional.of("no result before the probe's deadline");
      } catch (ExecutionException e) {
        failure =
            Optional.of(
                e.getCause() instanceof RejectedExecutionException
                    ? "not checked: the probe is closed"
                    : String.valueOf(e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failures.put(target, "interrupted");
        return failures;
      }
      failure.ifPresent(f -> failures.put(target, f));
    }
    return failures;
  }

  private static <T> Optional<String> describe(T target, Check<T> check) {
    try {
      check.check(target);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    } catch (Exception e) {
      return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  @Override
  public void close() {
    checks.close();
  }
}
