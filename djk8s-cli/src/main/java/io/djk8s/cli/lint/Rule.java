package io.djk8s.cli.lint;

import java.util.Locale;

/** Every rule lint applies, with its severity; the rule's id is its lower-case, hyphenated name. */
public enum Rule {
  /** A document that is not YAML. */
  YAML(Severity.ERROR),
  /** The container's djk8s environment is itself invalid (SettingsReader's problems). */
  SETTINGS(Severity.ERROR),
  /** An {@code httpGet} path that djk8s does not answer. */
  PROBE_PATH(Severity.ERROR),
  /** An {@code httpGet} port that is not one of the container's ports. */
  PROBE_PORT(Severity.ERROR),
  /** An {@code httpGet} port given by number on a container that declares no ports. */
  PROBE_PORT_UNDECLARED(Severity.WARNING),
  /** Liveness on a readiness path: a dependency's blip restarts every pod. */
  LIVENESS_ON_READINESS(Severity.ERROR),
  /** {@code DJK8S_LIVENESS_PROBES} names a probe of an external dependency. */
  LIVENESS_EXTERNAL_PROBE(Severity.ERROR),
  /** {@code timeoutSeconds} not above djk8s's deadline. */
  PROBE_TIMEOUT(Severity.ERROR),
  /** The drain is shorter than readiness {@code periodSeconds × failureThreshold}. */
  SHUTDOWN_DRAIN(Severity.WARNING),
  /** {@code terminationGracePeriodSeconds} does not cover the drain and the preStop sleep. */
  TERMINATION_GRACE(Severity.ERROR),
  /** A probe-level {@code terminationGracePeriodSeconds} on a readiness probe. */
  READINESS_TERMINATION_GRACE(Severity.ERROR),
  /** An exec probe or container command that does not parse as a djk8s command line. */
  EXEC_COMMAND(Severity.ERROR),
  /** A probe that sends an {@code Authorization} header. */
  AUTHORIZATION_HEADER(Severity.WARNING);

  private final Severity severity;

  Rule(Severity severity) {
    this.severity = severity;
  }

  /**
   * How bad a finding of this rule is.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * The rule's id as printed, for example {@code probe-path}.
   *
   * @return the id
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Errors fail {@code lint}; warnings only with {@code --strict}. */
  public enum Severity {
    /** Breaks probing or shutdown. */
    ERROR,
    /** Works, but costs traffic or leaks a credential. */
    WARNING;

    /**
     * The lower-case word.
     *
     * @return {@code error} or {@code warning}
     */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
