package io.djk8s.core.net;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection when its exchange's deadline passes, for the I/O that no single read timeout
 * bounds: a TLS handshake or record that a server trickles in a byte at a time. One daemon thread,
 * {@code djk8s-cutoff}, serves the whole JVM and ends when idle.
 */
final class Cutoff {

  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private Cutoff() {}

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(1, DaemonThreads.named("djk8s-cutoff"));
    timer.setKeepAliveTime(30, TimeUnit.SECONDS);
    timer.allowCoreThreadTimeOut(true);
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  /**
   * Closes the connection at the deadline, unless it is closed before.
   *
   * @param connection what to close
   * @param deadlineNanos a {@link System#nanoTime()} value
   */
  static void closeAt(Closeable connection, long deadlineNanos) {
    TIMER.schedule(
        () -> closeQuietly(connection),
        Math.max(0, deadlineNanos - System.nanoTime()),
        TimeUnit.NANOSECONDS);
  }

  static void closeQuietly(Closeable connection) {
    try {
      connection.close();
    } catch (IOException ignored) {
      // closing at the deadline: nothing to report
    }
  }
}
