package io.djk8s.testing;

import io.djk8s.ProbeContext;
import io.djk8s.ReadinessProbe;
import org.eclipse.microprofile.config.ConfigProvider;

/** Sleeps {@code test.sleep} milliseconds (default 50), then is ready: parallelism tests. */
public abstract class SleepingProbe implements ReadinessProbe {

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
