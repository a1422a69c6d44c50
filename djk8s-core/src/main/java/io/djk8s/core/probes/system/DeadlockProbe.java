package io.djk8s.core.probes.system;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import io.djk8s.core.builtin.BuiltInProbe;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * A liveness probe: not live while the JVM reports deadlocked threads (monitors or {@code
 * java.util.concurrent} locks). A deadlock does not heal by itself, so a restart is the cure; this
 * probe looks only inside the JVM, as a liveness probe must.
 */
@ProbeName("deadlock")
public class DeadlockProbe implements ReadinessProbe {

  /** The body of a failed answer. */
  public static final String NOT_READY_CONTENT = "deadlock: JVM threads are deadlocked";

  private final ThreadMXBean threads;

  /** The declaration of the built-in {@code deadlock} probe. */
  public static final BuiltInProbe DESCRIPTOR =
      new BuiltInProbe(
          "deadlock",
          DeadlockProbe.class,
          false,
          List.of(),
          config -> {},
          (config, host) -> new DeadlockProbe());

  /** Reads the platform's thread MXBean. */
  public DeadlockProbe() {
    this(ManagementFactory.getThreadMXBean());
  }

  DeadlockProbe(ThreadMXBean threads) {
    this.threads = threads;
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    long[] ids =
        threads.isSynchronizerUsageSupported()
            ? threads.findDeadlockedThreads()
            : threads.findMonitorDeadlockedThreads();
    if (ids == null || ids.length == 0) {
      return;
    }
    List<String> described = new ArrayList<>();
    for (ThreadInfo info : threads.getThreadInfo(ids)) {
      if (info != null) {
        described.add(
            "'"
                + info.getThreadName()
                + "' waits for "
                + info.getLockName()
                + " held by '"
                + info.getLockOwnerName()
                + "'");
      }
    }
    throw new NotReady(
        NOT_READY_CONTENT,
        ids.length + " deadlocked threads: " + String.join("; ", described),
        null);
  }
}
