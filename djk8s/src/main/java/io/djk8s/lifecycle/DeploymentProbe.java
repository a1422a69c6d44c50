package io.djk8s.lifecycle;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.core.engine.InstantProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * The built-in startup probe {@value #NAME}: not ready until the CDI container has initialized the
 * application (the {@code @Initialized(ApplicationScoped.class)} event), ready from then on. It
 * comes first in the startup group, before {@code djk8s.startup.probes}.
 */
@ApplicationScoped
@ProbeName(DeploymentProbe.NAME)
public class DeploymentProbe implements InstantProbe {

  /** The probe's name. */
  public static final String NAME = "deployment";

  private volatile boolean deployed;

  void deployed(@Observes @Initialized(ApplicationScoped.class) Object started) {
    deployed = true;
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    if (!deployed) {
      throw new NotReady(
          "deployment: not finished",
          NotReady.DEFAULT_STATUS,
          "the CDI container has not finished initializing the application",
          null);
    }
  }
}
