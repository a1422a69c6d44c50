package io.djk8s.core.probes.jdbc;

import io.djk8s.core.policy.StuckRuns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Checks several datasources at once, each on its own thread, and waits for them only until a
 * deadline: one dead datasource does not eat the time of the others.
 *
 * <p>Single-flight per datasource: while a check of a datasource is still running (a driver stuck
 * on a black hole, a pool waiting out its acquisition timeout), later runs wait for that same check
 * instead of starting another, so a hung database holds at most one thread and one connection
 * attempt, however many requests arrive. Threads are daemons named {@code djk8s-probe-<probe>-N}
 * and end after 30 s idle.
 *
 * <p>A check that never ends (a driver with no I/O timeout of its own, such as H2's TCP client, on
 * a connection a partition left half-open) would keep its datasource not ready after the database
 * is back, since every run would join it. So a stuck check is left to its thread and the next run
 * starts a new one, by the rule of {@link StuckRuns}: after {@link #STUCK_AFTER} (or twice the
 * deadline), twice as long for each further one, at most {@link #MAX_STUCK} left running at once.
 */
public final class DataSourceChecks implements AutoCloseable {

  /** How long a check runs before the next run starts another instead of joining it. */
  public static final Duration STUCK_AFTER = StuckRuns.FIRST_AFTER;

  /** The most stuck checks of one datasource left running on their threads at once. */
  public static final int MAX_STUCK = StuckRuns.MAX_LEFT;

  private final ExecutorService executor;
  private final DataSourceCheck check;
  private final DataSourceTransitions transitions;
  private final String probe;
  private final LongSupplier clock;
  private final ConcurrentMap<String, Flight> flights = new ConcurrentHashMap<>();
  private final StuckRuns stuck = new StuckRuns();

  /** A check in flight, when it started by {@link #clock}, and its deadline. */
  private record Flight(CompletableFuture<CheckResult> result, long started, Duration deadline) {}

  /**
   * Creates the runner of one probe.
   *
   * @param probe the probe's name, for thread names and logs
   * @param check the check of one datasource
   */
  public DataSourceChecks(String probe, DataSourceCheck check) {
    this(probe, check, System::nanoTime);
  }

  /**
   * Creates the runner of one probe, dating its checks by a given clock.
   *
   * @param probe the probe's name, for thread names and logs
   * @param check the check of one datasource
   * @param clock nanoseconds, as {@link System#nanoTime()}: when a check counts as stuck
   */
  DataSourceChecks(String probe, DataSourceCheck check, LongSupplier clock) {
    this.check = check;
    this.probe = probe;
    this.clock = clock;
    this.transitions = new DataSourceTransitions(probe);
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), factory(probe));
    this.executor = pool;
  }

  /**
   * Checks every datasource, joining checks still in flight, and waits until {@code waitUntilNanos}
   * at the latest.
   *
   * @param dataSources the datasources
   * @param deadlineNanos the deadline a newly started check bounds its I/O by
   * @param waitUntilNanos when to stop waiting, at or before the deadline
   * @return one result per datasource, in the same order; a check still running is a failure
   */
  public List<CheckResult> run(
      List<NamedDataSource> dataSources, long deadlineNanos, long waitUntilNanos) {
    List<CompletableFuture<CheckResult>> started = new ArrayList<>(dataSources.size());
    for (NamedDataSource dataSource : dataSources) {
      started.add(join(dataSource, deadlineNanos));
    }
    List<CheckResult> results = new ArrayList<>(dataSources.size());
    for (int i = 0; i < dataSources.size(); i++) {
      results.add(await(dataSources.get(i).name(), started.get(i), waitUntilNanos));
    }
    return results;
  }

  private CompletableFuture<CheckResult> join(NamedDataSource dataSource, long deadlineNanos) {
    return flights
        .compute(
            dataSource.name(),
            (name, current) ->
                current == null || current.result().isDone() || leaveStuck(name, current)
                    ? launch(dataSource, deadlineNanos)
                    : current)
        .result();
  }

  /** Whether to leave a running check to its thread and start another ({@link StuckRuns}). */
  private boolean leaveStuck(String name, Flight current) {
    return stuck.leave(
        name,
        clock.getAsLong() - current.started(),
        current.deadline(),
        current.result(),
        probe + " probe: datasource '" + name + "'");
  }

  /**
   * How many stuck checks of a datasource are left running on their threads.
   *
   * @param name the datasource
   * @return the count
   */
  int leftRunning(String name) {
    return stuck.leftRunning(name);
  }

  private Flight launch(NamedDataSource dataSource, long deadlineNanos) {
    CompletableFuture<CheckResult> flight = new CompletableFuture<>();
    long started = clock.getAsLong();
    Duration deadline = Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    try {
      executor.execute(() -> finish(flight, dataSource, deadlineNanos));
    } catch (RejectedExecutionException e) {
      flight.complete(CheckResult.failed(dataSource.name(), "probe is shutting down", e));
    }
    return new Flight(flight, started, deadline);
  }

  /**
   * Runs one check and completes its flight whatever happens: a check that dies on an {@code Error}
   * (a driver's {@code StackOverflowError}, an {@code AssertionError}) must not leave a flight that
   * every later run joins forever.
   */
  private void finish(
      CompletableFuture<CheckResult> flight, NamedDataSource dataSource, long deadlineNanos) {
    CheckResult result = null;
    try {
      result = transitions.observe(checkNow(dataSource, deadlineNanos));
    } catch (Throwable e) { // NOPMD: an Error still ends this check, see above
      result = CheckResult.failed(dataSource.name(), "check failed: " + e.getClass().getName(), e);
      if (e instanceof VirtualMachineError fatal) {
        flight.complete(result);
        throw fatal;
      }
    } finally {
      flight.complete(
          result != null ? result : CheckResult.failed(dataSource.name(), "check failed", null));
    }
  }

  private CheckResult checkNow(NamedDataSource dataSource, long deadlineNanos) {
    try {
      check.check(dataSource, deadlineNanos);
      return CheckResult.passed(dataSource.name());
    } catch (Exception e) {
      return CheckResult.failed(dataSource.name(), describe(e), e);
    } catch (LinkageError e) {
      return CheckResult.failed(dataSource.name(), "driver or library missing: " + e, e);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Error e) {
      return CheckResult.failed(dataSource.name(), "check failed: " + e.getClass().getName(), e);
    } finally {
      Thread.interrupted();
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getName() : message;
  }

  private CheckResult await(
      String name, CompletableFuture<CheckResult> flight, long waitUntilNanos) {
    try {
      return flight.get(Math.max(0, waitUntilNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      return transitions.observe(
          CheckResult.failed(name, "no answer within the probe deadline (still checking)", null));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CheckResult.failed(name, "interrupted", e);
    } catch (ExecutionException e) {
      return CheckResult.failed(name, describe((Exception) e.getCause()), e.getCause());
    }
  }

  /**
   * How long before a probe's deadline to stop waiting, so that the probe's own answer (naming the
   * datasources, with the probe's generic body) reaches the engine before the engine's deadline,
   * even on a busy machine where the probe's thread starts late: a fifth of the timeout, between 20
   * and 100 ms.
   *
   * @param timeout the probe's whole timeout
   * @return the margin
   */
  public static Duration margin(Duration timeout) {
    long millis = Math.max(20, Math.min(100, timeout.toMillis() / 5));
    return Duration.ofMillis(millis);
  }

  private static ThreadFactory factory(String probe) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "djk8s-probe-" + probe + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Stops the threads; checks in flight are interrupted. */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
