package io.djk8s.testing;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import jakarta.enterprise.context.ApplicationScoped;

/** Never ready, as in the upstream test suite. */
@ApplicationScoped
@ProbeName("never")
public class NeverReadyProbe implements ReadinessProbe {

  @Override
  public void ready(ProbeContext context) throws NotReady {
    throw new NotReady("test is not ready");
  }
}
