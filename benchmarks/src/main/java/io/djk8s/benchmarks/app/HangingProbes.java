package io.djk8s.benchmarks.app;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Three readiness probes ({@code hang1} .. {@code hang3}) that hang like a dependency call without
 * a timeout: they ignore {@link ProbeContext#remaining()} and give up only when interrupted (or
 * after {@link #LONGEST}). Each answers by its own deadline ({@code djk8s.probes.hangN.timeout}),
 * so {@code /readyz} with all three shows whether the request waits for the largest deadline or for
 * their sum.
 */
public final class HangingProbes {

  /** How long a probe hangs when nothing interrupts it. */
  public static final Duration LONGEST = Duration.ofMinutes(1);

  private HangingProbes() {}

  /** Hangs until interrupted, then is not ready. */
  abstract static class Hanging implements ReadinessProbe {
    @Override
    public void ready(ProbeContext context) throws NotReady {
      try {
        Thread.sleep(LONGEST.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new NotReady("interrupted");
      }
      throw new NotReady("hung for " + LONGEST.toSeconds() + " s");
    }
  }

  /** The first. */
  @ApplicationScoped
  @ProbeName("hang1")
  public static class Hang1 extends Hanging {}

  /** The second. */
  @ApplicationScoped
  @ProbeName("hang2")
  public static class Hang2 extends Hanging {}

  /** The third. */
  @ApplicationScoped
  @ProbeName("hang3")
  public static class Hang3 extends Hanging {}
}
