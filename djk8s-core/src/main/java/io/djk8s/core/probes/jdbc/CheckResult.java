package io.djk8s.core.probes.jdbc;

import io.djk8s.core.text.Redaction;
import java.util.Optional;

/**
 * What one check of one datasource found.
 *
 * @param name the datasource's name
 * @param ok whether it passed
 * @param reason {@code ok}, or why not, for the log and (where allowed) verbose output; may name
 *     hosts, never a password
 * @param cause the failure behind it, if any
 */
public record CheckResult(String name, boolean ok, String reason, Optional<Throwable> cause) {

  /** Masks credentials a driver put in its message (it often echoes the URL). */
  public CheckResult {
    reason = Redaction.mask(reason);
  }

  static CheckResult passed(String name) {
    return new CheckResult(name, true, "ok", Optional.empty());
  }

  static CheckResult failed(String name, String reason, Throwable cause) {
    return new CheckResult(name, false, reason, Optional.ofNullable(cause));
  }

  @Override
  public String toString() {
    return "datasource '" + name + "': " + reason;
  }
}
