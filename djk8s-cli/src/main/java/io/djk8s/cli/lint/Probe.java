package io.djk8s.cli.lint;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One probe of a container, with the kubelet's defaults applied.
 *
 * @param kind liveness, readiness or startup
 * @param line the line of the probe
 * @param http the HTTP GET, when the probe is one
 * @param exec the command of an exec probe, empty otherwise
 * @param execLine the line of the exec command
 * @param timeoutSeconds {@code timeoutSeconds}, 1 by default
 * @param periodSeconds {@code periodSeconds}, 10 by default
 * @param failureThreshold {@code failureThreshold}, 3 by default
 * @param terminationGracePeriodSeconds the probe-level grace period, when set
 */
public record Probe(
    Kind kind,
    int line,
    Optional<HttpGet> http,
    List<String> exec,
    int execLine,
    int timeoutSeconds,
    int periodSeconds,
    int failureThreshold,
    OptionalInt terminationGracePeriodSeconds) {

  /** The kubelet's default {@code timeoutSeconds}. */
  public static final int DEFAULT_TIMEOUT_SECONDS = 1;

  /** Copies the command. */
  public Probe {
    exec = List.copyOf(exec);
  }

  /** The three probe kinds, with their field names in a container. */
  public enum Kind {
    /** {@code startupProbe}. */
    STARTUP("startupProbe"),
    /** {@code readinessProbe}. */
    READINESS("readinessProbe"),
    /** {@code livenessProbe}. */
    LIVENESS("livenessProbe");

    private final String field;

    Kind(String field) {
      this.field = field;
    }

    /**
     * The field of a container that holds this probe.
     *
     * @return for example {@code readinessProbe}
     */
    public String field() {
      return field;
    }

    /**
     * The lower-case word, for messages.
     *
     * @return for example {@code readiness}
     */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * An {@code httpGet} action.
   *
   * @param path the path, {@code /} when unset
   * @param pathLine the line of the path
   * @param port the port, a number or a name; empty when missing
   * @param portLine the line of the port
   * @param scheme {@code HTTP} or {@code HTTPS}
   * @param headers the {@code httpHeaders}, name and value
   */
  public record HttpGet(
      String path,
      int pathLine,
      Optional<String> port,
      int portLine,
      String scheme,
      List<Header> headers) {

    /** Copies the headers. */
    public HttpGet {
      headers = List.copyOf(headers);
    }
  }

  /**
   * One of {@code httpHeaders}.
   *
   * @param name the header name
   * @param value its value
   * @param line its line
   */
  public record Header(String name, String value, int line) {}
}
