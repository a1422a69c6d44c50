package io.djk8s.quarkus;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ReadinessControl;
import io.djk8s.core.engine.InstantProbe;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * The {@link ReadinessControl} bean of a Quarkus application, and the readiness probe {@value
 * ReadinessControl#PROBE_NAME} that reflects it: always part of readiness.
 */
@Singleton
public class ManualReadiness implements ReadinessControl, InstantProbe {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final AtomicReference<String> reason = new AtomicReference<>();
  private volatile Runnable changed = () -> {};

  /** Created by ArC. */
  public ManualReadiness() {}

  /** Tells the engine to forget the probe's last result when the state changes. */
  void onChange(Runnable listener) {
    changed = Objects.requireNonNull(listener);
  }

  @Override
  public void markNotReady(String why) {
    Objects.requireNonNull(why, "reason");
    if (!why.equals(reason.getAndSet(why))) {
      LOG.info(() -> "djk8s: the application marked itself not ready: " + why);
    }
    changed.run();
  }

  @Override
  public void markReady() {
    if (reason.getAndSet(null) != null) {
      LOG.info("djk8s: the application marked itself ready again");
    }
    changed.run();
  }

  @Override
  public java.util.Optional<String> notReadyReason() {
    return java.util.Optional.ofNullable(reason.get());
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    String why = reason.get();
    if (why != null) {
      throw new NotReady(CONTENT, NotReady.DEFAULT_STATUS, "marked not ready: " + why, null);
    }
  }
}
