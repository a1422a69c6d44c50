package io.djk8s.cli.probes;

import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import org.eclipse.microprofile.config.ConfigProvider;

/** A plain probe class, created without CDI: sleeps {@code test.sleep} ms (50 by default). */
@ProbeName("sleepA")
public class SleepAProbe implements ReadinessProbe {

  /** Created by the command line's in-process mode. */
  public SleepAProbe() {}

  @Override
  public void ready(ProbeContext context) {
    long millis = ConfigProvider.getConfig().getOptionalValue("test.sleep", Long.class).orElse(50L);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
