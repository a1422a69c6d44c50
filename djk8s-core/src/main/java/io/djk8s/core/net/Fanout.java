package io.djk8s.core.net;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks several targets at once, so that a probe over N nodes takes as long as the slowest node,
 * not the sum. Owned by one probe bean and closed with it; idle threads end after 30 s. One target
 * is checked on the caller's thread.
 */
public final class Fanout implements AutoCloseable {

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

  private final ExecutorService executor;

  /**
   * Creates the threads' pool.
   *
   * @param name the thread name prefix, such as {@code djk8s-memcached}
   */
  public Fanout(String name) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            runnable -> {
              Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.executor = pool;
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
    List<Future<Optional<String>>> futures = new ArrayList<>(targets.size());
    for (T target : targets) {
      futures.add(executor.submit(() -> describe(target, check)));
    }
    for (int i = 0; i < targets.size(); i++) {
      T target = targets.get(i);
      Future<Optional<String>> future = futures.get(i);
      Optional<String> failure;
      try {
        failure = future.get(deadline.waitRemaining().toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        failure = Optional.of("no result before the probe's deadline");
      } catch (ExecutionException e) {
        failure = Optional.of(String.valueOf(e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        futures.forEach(f -> f.cancel(true));
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
    executor.shutdownNow();
  }
}
