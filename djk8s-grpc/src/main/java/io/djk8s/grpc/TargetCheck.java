package io.djk8s.grpc;

import io.djk8s.ProbeOrigin;
import io.djk8s.core.engine.ProbeReport;
import io.djk8s.core.engine.ProbeService;
import io.grpc.Deadline;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the probes of a {@link HealthTarget} on the engine, single-flight and under the engine's
 * deadline, or under the client's gRPC deadline when that comes first.
 */
final class TargetCheck {

  /** The share of a short client deadline kept to send the answer back. */
  private static final long MAX_MARGIN_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final ProbeService engine;
  private final ScheduledExecutorService timer;

  TargetCheck(ProbeService engine, ScheduledExecutorService timer) {
    this.engine = engine;
    this.timer = timer;
  }

  /**
   * Runs the target's probes.
   *
   * @param target what to run
   * @param clientDeadline the caller's deadline, or {@code null}
   * @return {@code SERVING} when every probe passed
   */
  ServingStatus check(HealthTarget target, Deadline clientDeadline) {
    DeadlineAlarm alarm = DeadlineAlarm.arm(timer, cutOff(clientDeadline));
    try {
      return status(run(target));
    } finally {
      alarm.close();
    }
  }

  ProbeReport run(HealthTarget target) {
    // each probe's own reuse windows (djk8s.probes.<name>.cache-ttl over djk8s.probe.cache-ttl)
    return engine.run(target.group(), target.probes(), ProbeOrigin.GRPC, Duration.ZERO);
  }

  static ServingStatus status(ProbeReport report) {
    return report.ready() ? ServingStatus.SERVING : ServingStatus.NOT_SERVING;
  }

  /** When to stop waiting for a client whose deadline is shorter than the engine's, else null. */
  private Duration cutOff(Deadline clientDeadline) {
    if (clientDeadline == null) {
      return null;
    }
    long remaining = clientDeadline.timeRemaining(TimeUnit.NANOSECONDS);
    if (remaining >= engine.timeout().toNanos()) {
      return null;
    }
    long margin = Math.min(MAX_MARGIN_NANOS, Math.max(0, remaining) / 5);
    return Duration.ofNanos(Math.max(0, remaining - margin));
  }
}
