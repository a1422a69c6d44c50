package io.djk8s.lifecycle;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessControl;
import io.djk8s.core.engine.InstantProbe;
import io.djk8s.core.engine.Outcomes;
import io.djk8s.core.engine.ProbeOutcome;
import io.djk8s.core.engine.ProbeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * The {@link ReadinessControl} bean, and the readiness probe named {@value
 * ReadinessControl#PROBE_NAME} that reflects it. Always part of readiness (see {@code
 * docs/readme-lifecycle.md}): an application that calls {@link #markNotReady(String)} means it, so
 * a control that silently did nothing unless also listed in configuration would be a trap.
 */
@ApplicationScoped
@ProbeName(ReadinessControl.PROBE_NAME)
public class ManualReadiness implements ReadinessControl, InstantProbe {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  @Inject ReadinessEvents events;
  @Inject ProbeService runtime;

  private final AtomicReference<String> reason = new AtomicReference<>();

  @Override
  public synchronized void markNotReady(String why) {
    Objects.requireNonNull(why, "reason");
    String before = reason.getAndSet(why);
    if (!why.equals(before)) {
      LOG.info(() -> "djk8s: the application marked itself not ready: " + why);
    }
    runtime.invalidate(PROBE_NAME);
    events.observe(outcome(why));
  }

  @Override
  public synchronized void markReady() {
    if (reason.getAndSet(null) != null) {
      LOG.info("djk8s: the application marked itself ready again");
    }
    runtime.invalidate(PROBE_NAME);
    events.observe(outcome(null));
  }

  @Override
  public Optional<String> notReadyReason() {
    return Optional.ofNullable(reason.get());
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    String why = reason.get();
    if (why != null) {
      throw new NotReady(CONTENT, NotReady.DEFAULT_STATUS, detail(why), null);
    }
  }

  private static String detail(String why) {
    return "marked not ready: " + why;
  }

  private static ProbeOutcome outcome(String why) {
    return why == null
        ? Outcomes.ready(PROBE_NAME)
        : new ProbeOutcome(
            PROBE_NAME,
            ProbeOutcome.Kind.NOT_READY,
            CONTENT,
            NotReady.DEFAULT_STATUS,
            detail(why),
            Optional.empty(),
            Duration.ZERO);
  }
}
