package io.djk8s.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Observes threads, so that concurrency tests poll for a state instead of sleeping. */
public final class Threads {

  private Threads() {}

  /**
   * How many live threads are inside a method right now.
   *
   * @param className the method's class, fully qualified
   * @param methodName the method's name
   * @return the number of threads with that frame on their stack
   */
  public static long inside(String className, String methodName) {
    return Thread.getAllStackTraces().entrySet().stream()
        .map(Map.Entry::getValue)
        .filter(
            stack ->
                Arrays.stream(stack)
                    .anyMatch(
                        frame ->
                            frame.getClassName().equals(className)
                                && frame.getMethodName().equals(methodName)))
        .count();
  }

  /**
   * Waits until at least {@code count} threads are waiting for a probe result in the engine, and
   * fails when they do not get there in time.
   *
   * @param count how many callers
   * @param limit how long to wait at most
   */
  public static void awaitCallersWaitingForProbes(int count, Duration limit) {
    await(count + " callers waiting for probe results")
        .atMost(limit)
        .pollInterval(Duration.ofMillis(5))
        .until(() -> inside("io.djk8s.core.engine.FlightRunner", "await") >= count);
  }

  /**
   * How many djk8s probe threads are alive.
   *
   * @return the number of threads named {@code djk8s-probe-*}
   */
  public static long probeThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("djk8s-probe-"))
        .count();
  }

  /**
   * How many live threads have a name that starts with the prefix.
   *
   * @param prefix for example {@code djk8s-dns-}
   * @return the count now
   */
  public static long named(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(thread -> thread.getName().startsWith(prefix))
        .count();
  }

  /**
   * Blocks until the latch opens, ignoring interrupts as a DNS lookup or a blocking socket read
   * does; the interrupt is kept for the caller.
   *
   * @param latch opened when the test ends
   */
  public static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
