package io.djk8s.benchmarks.jmh;

import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import jakarta.enterprise.context.ApplicationScoped;

/** A readiness probe that does nothing: what remains is the engine's own cost. */
@ApplicationScoped
@ProbeName("noop")
public class NoopProbe implements ReadinessProbe {

  @Override
  public void ready(ProbeContext context) {
    // always ready
  }
}
