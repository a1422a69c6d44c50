package io.djk8s.testing;

import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** Ready, counting its runs. */
@ApplicationScoped
@ProbeName("counting")
public class CountingProbe implements ReadinessProbe {

  private final AtomicInteger runs = new AtomicInteger();

  @Override
  public void ready(ProbeContext context) {
    runs.incrementAndGet();
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
