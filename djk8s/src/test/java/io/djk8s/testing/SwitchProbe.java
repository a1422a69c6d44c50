package io.djk8s.testing;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Not ready until the test turns it on; counts its runs. */
@ApplicationScoped
@ProbeName("switch")
public class SwitchProbe implements ReadinessProbe {

  private final AtomicBoolean on = new AtomicBoolean();
  private final AtomicInteger runs = new AtomicInteger();

  @Override
  public void ready(ProbeContext context) throws NotReady {
    runs.incrementAndGet();
    if (!on.get()) {
      throw new NotReady("switch: off");
    }
  }

  /**
   * Turns the probe on (ready) or off.
   *
   * @param ready the new state
   */
  public void set(boolean ready) {
    on.set(ready);
  }

  /**
   * How many times the probe has run.
   *
   * @return the count
   */
  public int runs() {
    return runs.get();
  }
}
