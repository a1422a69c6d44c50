package io.djk8s.benchmarks.app;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Eight readiness probes ({@code sleep1} .. {@code sleep8}) that each take {@value #MILLIS} ms and
 * are ready: run together, they show whether probes run in parallel (about {@value #MILLIS} ms) or
 * one after another (k times that).
 */
public final class SleepProbes {

  /** How long each probe takes. */
  public static final long MILLIS = 50;

  private SleepProbes() {}

  /** Sleeps, then is ready; not ready when interrupted. */
  abstract static class Sleeping implements ReadinessProbe {
    @Override
    public void ready(ProbeContext context) throws NotReady {
      try {
        Thread.sleep(MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new NotReady("interrupted");
      }
    }
  }

  /** The first. */
  @ApplicationScoped
  @ProbeName("sleep1")
  public static class Sleep1 extends Sleeping {}

  /** The second. */
  @ApplicationScoped
  @ProbeName("sleep2")
  public static class Sleep2 extends Sleeping {}

  /** The third. */
  @ApplicationScoped
  @ProbeName("sleep3")
  public static class Sleep3 extends Sleeping {}

  /** The fourth. */
  @ApplicationScoped
  @ProbeName("sleep4")
  public static class Sleep4 extends Sleeping {}

  /** The fifth. */
  @ApplicationScoped
  @ProbeName("sleep5")
  public static class Sleep5 extends Sleeping {}

  /** The sixth. */
  @ApplicationScoped
  @ProbeName("sleep6")
  public static class Sleep6 extends Sleeping {}

  /** The seventh. */
  @ApplicationScoped
  @ProbeName("sleep7")
  public static class Sleep7 extends Sleeping {}

  /** The eighth. */
  @ApplicationScoped
  @ProbeName("sleep8")
  public static class Sleep8 extends Sleeping {}
}
