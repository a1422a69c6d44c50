package io.djk8s.core.settings;

import java.util.List;

/**
 * The runtime's keys: the probe lists, paths, deadline, lifecycle, servlet, status-file and
 * datasource keys, one {@link Key} descriptor each, with its default written here and nowhere else.
 * Each built-in probe declares its own keys beside its descriptor ({@code BuiltInProbe#keys()});
 * {@code io.djk8s.core.probes.BuiltInProbes#runtimeKeys()} gathers these and theirs into the list
 * of every runtime key, and {@code io.djk8s.cli.CliKeys} holds the command line's. MicroProfile
 * Config maps each key to an environment variable ({@link Key#environmentVariable()}).
 */
public final class Djk8sKeys {

  /** The ordered list of readiness probes: short names or bean class names. */
  public static final Key READINESS_PROBES =
      Key.list(
              "djk8s.readiness.probes",
              "database,memcached",
              "ordered readiness probes: short names, bean class names, upstream names")
          .essential();

  /** The ordered list of liveness probes; empty, so {@code /livez} is always 200 while serving. */
  public static final Key LIVENESS_PROBES =
      Key.list("djk8s.liveness.probes", "", "liveness probes run by the health paths").essential();

  /** Deadline of each probe run, below the kubelet's default 1 s {@code timeoutSeconds}. */
  public static final Key PROBE_TIMEOUT =
      Key.duration("djk8s.probe.timeout", "800ms", "deadline of each probe run")
          .min("10ms")
          .max("60s")
          .essential();

  /** Who sees failure reasons in verbose output and MicroProfile Health data. */
  public static final Key DETAILS =
      Key.text(
              "djk8s.details", "never", "who reads failure reasons: never, always, when-authorized")
          .essential();

  /** How long readiness answers 503 while the application still serves, once it is stopped. */
  public static final Key SHUTDOWN_DRAIN =
      Key.duration("djk8s.shutdown.drain", "5s", "readiness 503 before stop; 0 turns it off")
          .max("10m")
          .essential();

  /** A datasource's JDBC URL, for applications and tools without a container-managed one. */
  public static final Key DATASOURCE_URL =
      Key.text("djk8s.datasource.<name>.url", "", "JDBC URL of a datasource declared in config")
          .essential();

  /** A configured datasource's user. */
  public static final Key DATASOURCE_USERNAME =
      Key.text("djk8s.datasource.<name>.username", "", "the datasource's user").essential();

  /** A configured datasource's password; never logged. */
  public static final Key DATASOURCE_PASSWORD =
      Key.secret("djk8s.datasource.<name>.password", "the datasource's password").essential();

  /** Paths answered 200 while the process serves (liveness). */
  public static final Key HEALTH_PATHS =
      Key.list("djk8s.health.paths", "/healthz,/livez", "paths answered while the process serves");

  /** Paths that run the readiness probes. */
  public static final Key READY_PATHS =
      Key.list("djk8s.ready.paths", "/readyz", "paths that run the readiness probes");

  /** Paths that answer 503 until the application has started, then 200 for good. */
  public static final Key STARTUP_PATHS =
      Key.list("djk8s.startup.paths", "/startupz", "paths answering the startup group");

  /** Probes that must pass once before the application counts as started. */
  public static final Key STARTUP_PROBES =
      Key.list("djk8s.startup.probes", "", "probes that must each pass once at startup");

  /** How long a probe result is reused; {@code 0} reuses only a run still in flight. */
  public static final Key PROBE_CACHE_TTL =
      Key.duration("djk8s.probe.cache-ttl", "0ms", "how long a finished result is reused")
          .max("10m");

  /** The roles whose members see failure reasons under {@code djk8s.details=when-authorized}. */
  public static final Key DETAILS_ROLES =
      Key.list("djk8s.details.roles", "", "roles that read reasons under when-authorized");

  /** Whether the priority-0 JAX-RS filter answers the probe paths. */
  public static final Key FILTER_ENABLED =
      Key.bool("djk8s.filter.enabled", true, "whether the JAX-RS filter answers the paths");

  /** Whether probes export a status gauge and a duration timer when a metrics API is present. */
  public static final Key METRICS_ENABLED =
      Key.bool("djk8s.metrics.enabled", true, "export probe metrics when a metrics API is present");

  /** Whether a servlet container registers djk8s's filter ahead of the application's filters. */
  public static final Key SERVLET_ENABLED =
      Key.bool("djk8s.servlet.enabled", true, "register the servlet filter and probe servlet");

  /** Whether the probe paths are declared permit-all to the servlet container's security. */
  public static final Key SERVLET_PERMIT_ALL =
      Key.bool("djk8s.servlet.permit-all", true, "declare the probe paths permit-all");

  /** MicroProfile Health's switch for vendor checks; djk8s's own checks obey it. */
  public static final Key MP_HEALTH_DISABLE_DEFAULT_PROCEDURES =
      Key.bool(
          "mp.health.disable-default-procedures", false, "MicroProfile Health's vendor switch");

  /** Directory where the running application refreshes its status files; unset: no files. */
  public static final Key STATUS_DIR =
      Key.text("djk8s.status.dir", "", "directory of the status files; unset: no files");

  /** How often the status files are refreshed; a file older than three intervals is stale. */
  public static final Key STATUS_INTERVAL =
      Key.duration("djk8s.status.interval", "5s", "how often the status files are refreshed")
          .min("1s")
          .max("10m");

  /** A probe's own deadline, over {@link #PROBE_TIMEOUT}. */
  public static final Key PROBES_TIMEOUT =
      Key.duration("djk8s.probes.<name>.timeout", "", "the probe's own deadline")
          .min("10ms")
          .max("60s");

  /** How long a probe's successful result is reused, over {@link #PROBE_CACHE_TTL}. */
  public static final Key PROBES_CACHE_TTL =
      Key.duration("djk8s.probes.<name>.cache-ttl", "", "how long a successful result is reused")
          .max("10m");

  /** How long a probe's failed result is reused; by default its {@link #PROBES_CACHE_TTL}. */
  public static final Key PROBES_FAILURE_CACHE_TTL =
      Key.duration(
              "djk8s.probes.<name>.failure-cache-ttl", "", "how long a failed result is reused")
          .max("10m");

  /** Whether a probe is reported but never changes its group's answer. */
  public static final Key PROBES_OPTIONAL =
      Key.bool("djk8s.probes.<name>.optional", false, "reported, never changes the answer");

  /** How often the engine refreshes a probe in the background; unset: requests run it. */
  public static final Key PROBES_INTERVAL =
      Key.duration("djk8s.probes.<name>.interval", "", "background refresh interval")
          .min("10ms")
          .max("1h");

  /** How old a background result may be before it counts as not ready; 3 intervals by default. */
  public static final Key PROBES_MAX_STALENESS =
      Key.duration("djk8s.probes.<name>.max-staleness", "", "how old a background result may be")
          .min("10ms")
          .max("24h");

  /**
   * Every key above, in declaration order: a new key is one constant, found here without a list to
   * keep in step.
   *
   * @return the keys
   */
  public static List<Key> all() {
    return Key.declaredIn(Djk8sKeys.class);
  }

  private Djk8sKeys() {}
}
