package io.djk8s.testing;

/** Counts the live threads that run probes: those named {@code djk8s-probe-*}. */
public final class ProbeThreadCount {

  private ProbeThreadCount() {}

  /**
   * Counts now.
   *
   * @return the number of live {@code djk8s-probe-*} threads
   */
  public static int now() {
    return (int)
        Thread.getAllStackTraces().keySet().stream()
            .filter(Thread::isAlive)
            .filter(thread -> thread.getName().startsWith("djk8s-probe-"))
            .count();
  }
}
