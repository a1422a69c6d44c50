package io.djk8s.impl.config;

/**
 * Every MicroProfile Config key djk8s reads, with its default. The README's configuration table
 * lists the same keys; MicroProfile Config maps each to an environment variable ({@code
 * djk8s.readiness.probes} is {@code DJK8S_READINESS_PROBES}).
 */
public final class Djk8sKeys {

  /** The ordered list of readiness probes: short names or bean class names. */
  public static final String READINESS_PROBES = "djk8s.readiness.probes";

  /** Default of {@link #READINESS_PROBES}. */
  public static final String READINESS_PROBES_DEFAULT = "database";

  /** The ordered list of liveness probes; empty, so {@code /livez} is always 200 while serving. */
  public static final String LIVENESS_PROBES = "djk8s.liveness.probes";

  /** Default of {@link #LIVENESS_PROBES}. */
  public static final String LIVENESS_PROBES_DEFAULT = "";

  /** Paths answered 200 while the process serves (liveness). */
  public static final String HEALTH_PATHS = "djk8s.health.paths";

  /** Default of {@link #HEALTH_PATHS}. */
  public static final String HEALTH_PATHS_DEFAULT = "/healthz,/livez";

  /** Paths that run the readiness probes. */
  public static final String READY_PATHS = "djk8s.ready.paths";

  /** Default of {@link #READY_PATHS}. */
  public static final String READY_PATHS_DEFAULT = "/readyz";

  /** Deadline of each probe run. */
  public static final String PROBE_TIMEOUT = "djk8s.probe.timeout";

  /** Default of {@link #PROBE_TIMEOUT}: below the kubelet's default 1 s {@code timeoutSeconds}. */
  public static final String PROBE_TIMEOUT_DEFAULT = "800ms";

  /** How long a probe result is reused; {@code 0} reuses only a run still in flight. */
  public static final String PROBE_CACHE_TTL = "djk8s.probe.cache-ttl";

  /** Default of {@link #PROBE_CACHE_TTL}. */
  public static final String PROBE_CACHE_TTL_DEFAULT = "0ms";

  /** Who sees failure reasons in verbose output and MicroProfile Health data. */
  public static final String DETAILS = "djk8s.details";

  /** Default of {@link #DETAILS}. */
  public static final String DETAILS_DEFAULT = "never";

  /** Whether the priority-0 JAX-RS filter answers the probe paths. */
  public static final String FILTER_ENABLED = "djk8s.filter.enabled";

  /** Default of {@link #FILTER_ENABLED}. */
  public static final String FILTER_ENABLED_DEFAULT = "true";

  /**
   * Whether a servlet container registers djk8s's servlet filter ahead of the application's
   * filters, so that the probe paths answer at the application root whatever the JAX-RS path.
   */
  public static final String SERVLET_ENABLED = "djk8s.servlet.enabled";

  /** Default of {@link #SERVLET_ENABLED}. */
  public static final String SERVLET_ENABLED_DEFAULT = "true";

  /**
   * Whether the probe paths are declared permit-all to the servlet container's security, so that a
   * {@code /*} security constraint does not ask the kubelet for credentials.
   */
  public static final String SERVLET_PERMIT_ALL = "djk8s.servlet.permit-all";

  /** Default of {@link #SERVLET_PERMIT_ALL}. */
  public static final String SERVLET_PERMIT_ALL_DEFAULT = "true";

  /** MicroProfile Health's switch for vendor checks; djk8s's own checks obey it. */
  public static final String MP_HEALTH_DISABLE_DEFAULT_PROCEDURES =
      "mp.health.disable-default-procedures";

  private Djk8sKeys() {}
}
