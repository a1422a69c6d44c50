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
   * The datasources the {@code database} probe checks, by name (comma-separated); empty for all of
   * them.
   */
  public static final String DATABASE_NAMES = "djk8s.database.names";

  /** Default of {@link #DATABASE_NAMES}: every datasource. */
  public static final String DATABASE_NAMES_DEFAULT = "";

  /** The datasources the {@code migrations} probe checks, by name; empty for all of them. */
  public static final String MIGRATIONS_NAMES = "djk8s.migrations.names";

  /** Default of {@link #MIGRATIONS_NAMES}: every datasource. */
  public static final String MIGRATIONS_NAMES_DEFAULT = "";

  /** Where Flyway finds the migrations (comma-separated Flyway locations). */
  public static final String MIGRATIONS_LOCATIONS = "djk8s.migrations.locations";

  /** Default of {@link #MIGRATIONS_LOCATIONS}: Flyway's own default. */
  public static final String MIGRATIONS_LOCATIONS_DEFAULT = "classpath:db/migration";

  /** The schemas Flyway manages (comma-separated); empty for the connection's default schema. */
  public static final String MIGRATIONS_SCHEMAS = "djk8s.migrations.schemas";

  /** Default of {@link #MIGRATIONS_SCHEMAS}. */
  public static final String MIGRATIONS_SCHEMAS_DEFAULT = "";

  /** The name of Flyway's schema history table. */
  public static final String MIGRATIONS_TABLE = "djk8s.migrations.table";

  /** Default of {@link #MIGRATIONS_TABLE}: Flyway's own default. */
  public static final String MIGRATIONS_TABLE_DEFAULT = "flyway_schema_history";

  /** MicroProfile Health's switch for vendor checks; djk8s's own checks obey it. */
  public static final String MP_HEALTH_DISABLE_DEFAULT_PROCEDURES =
      "mp.health.disable-default-procedures";

  private Djk8sKeys() {}
}
