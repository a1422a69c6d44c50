package io.djk8s.quarkus;

import io.djk8s.core.http.ProbeAnswer;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The threads a probe request waits on, so that the Vert.x event loop never does: one thread per
 * waiting request, at most {@value #MAX_WAITING} at once, each waiting at most the probe deadline
 * (the engine runs each probe once for all of them). Past the bound a request gets 503 at once
 * rather than a queue longer than the deadline. Not Vert.x's worker pool: the application's
 * blocking endpoints run there, and a black-holed database must not starve them.
 */
final class ProbeDispatcher implements AutoCloseable {

  /** How many probe requests may wait at once. */
  static final int MAX_WAITING = 256;

  /** The answer past {@link #MAX_WAITING}. */
  static final ProbeAnswer BUSY =
      new ProbeAnswer(503, Optional.of("too many probe requests"), ProbeAnswer.HEADERS);

  private final AtomicInteger count = new AtomicInteger();
  private final ThreadPoolExecutor threads =
      new ThreadPoolExecutor(
          0,
          MAX_WAITING,
          30,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          task -> {
            Thread thread = new Thread(task, "djk8s-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  /**
   * Computes an answer on a djk8s thread and hands it to {@code done} there.
   *
   * @param answer the blocking computation
   * @param done receives the answer, or {@link #BUSY}
   */
  void submit(Supplier<ProbeAnswer> answer, Consumer<ProbeAnswer> done) {
    try {
      threads.execute(() -> done.accept(answer.get()));
    } catch (RejectedExecutionException e) {
      done.accept(BUSY);
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
