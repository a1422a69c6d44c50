package io.djk8s.testing;

import io.djk8s.ReadinessChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * An application observer as slow as an alert sender on a bad day: when {@code
 * test.slow-observer-ms} is set, it takes that long for each change.
 */
@ApplicationScoped
public class SlowReadinessObserver {

  private final AtomicInteger seen = new AtomicInteger();

  void onChange(@Observes ReadinessChanged change) throws InterruptedException {
    long millis =
        ConfigProvider.getConfig().getOptionalValue("test.slow-observer-ms", Long.class).orElse(0L);
    if (millis > 0) {
      Thread.sleep(millis);
    }
    seen.incrementAndGet();
  }

  /**
   * How many changes this observer has finished.
   *
   * @return the count
   */
  public int seen() {
    return seen.get();
  }
}
