package io.djk8s.quarkus.deployment;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ReadinessProbe;
import jakarta.enterprise.context.ApplicationScoped;

/** A probe bean nothing injects (ArC would remove it): not ready while {@link #down} is set. */
@ApplicationScoped
public class FlagProbe implements ReadinessProbe {

  private volatile boolean down;

  /**
   * Sets the flag (through ArC's client proxy: a field write would not reach the bean).
   *
   * @param down whether the probe fails
   */
  public void down(boolean down) {
    this.down = down;
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    if (down) {
      throw new NotReady("flag: down");
    }
  }
}
