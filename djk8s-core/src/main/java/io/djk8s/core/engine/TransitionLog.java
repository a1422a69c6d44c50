package io.djk8s.core.engine;

import io.djk8s.core.text.Redaction;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs each probe's changes between ready and not ready, once per change, with the reason: the
 * kubelet shows the operator nothing but a status code, so this is where the reason must be.
 */
final class TransitionLog {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final Map<String, Boolean> readyByProbe = new ConcurrentHashMap<>();

  void observe(ProbeOutcome outcome) {
    observe(outcome, false);
  }

  /** Logs a change; an optional probe's says that readiness does not depend on it. */
  void observe(ProbeOutcome outcome, boolean optional) {
    String marker = optional ? " (optional: readiness does not depend on it)" : "";
    Boolean before = readyByProbe.put(outcome.name(), outcome.ready());
    boolean changed = before == null ? !outcome.ready() : before != outcome.ready();
    if (!changed) {
      LOG.log(Level.FINEST, () -> "djk8s: probe '" + outcome.name() + "': " + outcome.detail());
      return;
    }
    if (outcome.ready()) {
      LOG.info(() -> "djk8s: probe '" + outcome.name() + "' is ready again" + marker);
    } else if (outcome.kind() == ProbeOutcome.Kind.FAILED) {
      LOG.log(
          Level.WARNING,
          "djk8s: probe '" + outcome.name() + "' is not ready: " + outcome.detail() + marker,
          Redaction.masked(outcome.failure().orElse(null)));
    } else {
      LOG.warning(
          () ->
              "djk8s: probe '"
                  + outcome.name()
                  + "' is not ready: "
                  + outcome.detail()
                  + outcome
                      .failure()
                      .map(cause -> " (cause: " + Redaction.masked(cause) + ")")
                      .orElse("")
                  + marker);
    }
  }
}
