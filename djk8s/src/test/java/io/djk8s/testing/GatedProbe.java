package io.djk8s.testing;

import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Waits until the test opens its gate, counting its runs: single-flight and hanging-dependency
 * tests. Unopened, it hangs until interrupted, like a call without a timeout.
 */
@ApplicationScoped
@ProbeName("gated")
public class GatedProbe implements ReadinessProbe {

  private final CountDownLatch gate = new CountDownLatch(1);
  private final CountDownLatch entered = new CountDownLatch(1);
  private final AtomicInteger runs = new AtomicInteger();

  @Override
  public void ready(ProbeContext context) {
    runs.incrementAndGet();
    entered.countDown();
    try {
      gate.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Lets every waiting and future run finish, ready. */
  public void open() {
    gate.countDown();
  }

  /**
   * Waits for the first run to start.
   *
   * @return {@code true} when a run started within 10 s
   * @throws InterruptedException when interrupted
   */
  public boolean awaitEntered() throws InterruptedException {
    return entered.await(10, TimeUnit.SECONDS);
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
