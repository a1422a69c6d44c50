package io.djk8s.cli.probes;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;

/** Not ready, with an operator-facing detail that names a host. */
@ProbeName("detailed")
public class DetailedNotReadyProbe implements ReadinessProbe {

  /** The detail, which only operators may see. */
  public static final String DETAIL = "primary db7.internal.example.com refused the connection";

  /** Created by the command line's in-process mode. */
  public DetailedNotReadyProbe() {}

  @Override
  public void ready(ProbeContext context) throws NotReady {
    throw new NotReady("detailed: not ready", DETAIL, null);
  }
}
