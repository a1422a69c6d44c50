package io.djk8s.cli.probes;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;

/** A plain probe class, created without CDI, that is never ready. */
@ProbeName("never")
public class NeverReadyProbe implements ReadinessProbe {

  /** Created by the command line's in-process mode. */
  public NeverReadyProbe() {}

  @Override
  public void ready(ProbeContext context) throws NotReady {
    throw new NotReady("test is not ready");
  }
}
