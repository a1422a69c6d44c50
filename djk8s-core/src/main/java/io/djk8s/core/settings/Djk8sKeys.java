package io.djk8s.core.settings;

/**
 * Every MicroProfile Config key djk8s reads, with its default. The README's configuration table
 * lists the same keys; MicroProfile Config maps each to an environment variable ({@code
 * djk8s.readiness.probes} is {@code DJK8S_READINESS_PROBES}).
 */
public final class Djk8sKeys {

  /** The ordered list of readiness probes: short names or bean class names. */
  public static final String READINESS_PROBES = "djk8s.readiness.probes";

  /** Default of {@link #READINESS_PROBES}. */
  public static final String READINESS_PROBES_DEFAULT = "database,memcached";

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

  /** Paths that answer 503 until the application has started, then 200 for good. */
  public static final String STARTUP_PATHS = "djk8s.startup.paths";

  /** Default of {@link #STARTUP_PATHS}. */
  public static final String STARTUP_PATHS_DEFAULT = "/startupz";

  /** Probes that must pass once before the application counts as started. */
  public static final String STARTUP_PROBES = "djk8s.startup.probes";

  /** Default of {@link #STARTUP_PROBES}: none beyond the end of deployment. */
  public static final String STARTUP_PROBES_DEFAULT = "";

  /** How long readiness answers 503 while the application still serves, when it is stopped. */
  public static final String SHUTDOWN_DRAIN = "djk8s.shutdown.drain";

  /** Default of {@link #SHUTDOWN_DRAIN}; {@code 0} turns the drain off. */
  public static final String SHUTDOWN_DRAIN_DEFAULT = "5s";

  /** The roles whose members see failure reasons under {@code djk8s.details=when-authorized}. */
  public static final String DETAILS_ROLES = "djk8s.details.roles";

  /** Default of {@link #DETAILS_ROLES}. */
  public static final String DETAILS_ROLES_DEFAULT = "";

  /** Whether probes export a status gauge and a duration timer when a metrics API is present. */
  public static final String METRICS_ENABLED = "djk8s.metrics.enabled";

  /** Default of {@link #METRICS_ENABLED}. */
  public static final String METRICS_ENABLED_DEFAULT = "true";

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

  /** Memcached nodes ({@code host:port,...}) the {@code memcached} probe checks. */
  public static final String MEMCACHED_SERVERS = "djk8s.memcached.servers";

  /** Whether the {@code memcached} probe also checks the nodes of spymemcached client beans. */
  public static final String MEMCACHED_DISCOVER_CLIENTS = "djk8s.memcached.discover-clients";

  /** Default of {@link #MEMCACHED_DISCOVER_CLIENTS}. */
  public static final String MEMCACHED_DISCOVER_CLIENTS_DEFAULT = "true";

  /** Redis servers ({@code host:port,...}) the {@code redis} probe PINGs. */
  public static final String REDIS_SERVERS = "djk8s.redis.servers";

  /** The ACL user of the {@code redis} probe's {@code AUTH}; needs {@link #REDIS_PASSWORD}. */
  public static final String REDIS_USERNAME = "djk8s.redis.username";

  /** The password of the {@code redis} probe's {@code AUTH}; never logged. */
  public static final String REDIS_PASSWORD = "djk8s.redis.password";

  /** Targets ({@code host:port,...}) the {@code tcp} probe connects to. */
  public static final String TCP_TARGETS = "djk8s.tcp.targets";

  /** URLs the {@code http} probe GETs; 200 to 399 is ready. */
  public static final String HTTP_URLS = "djk8s.http.urls";

  /** Paths whose file systems the {@code disk} probe checks. */
  public static final String DISK_PATHS = "djk8s.disk.paths";

  /** Default of {@link #DISK_PATHS}. */
  public static final String DISK_PATHS_DEFAULT = "/";

  /** The least free space of each {@code disk} path: {@code 10%} or an amount like {@code 1GB}. */
  public static final String DISK_MIN_FREE = "djk8s.disk.min-free";

  /** Default of {@link #DISK_MIN_FREE}. */
  public static final String DISK_MIN_FREE_DEFAULT = "10%";

  /** The highest 1-minute load average per CPU the {@code load} probe accepts. */
  public static final String LOAD_MAX_PER_CPU = "djk8s.load.max-per-cpu";

  /** Default of {@link #LOAD_MAX_PER_CPU}. */
  public static final String LOAD_MAX_PER_CPU_DEFAULT = "90%";

  /** Directory where the running application refreshes its status files; unset: no files. */
  public static final String STATUS_DIR = "djk8s.status.dir";

  /** How often the status files are refreshed; a file older than three intervals is stale. */
  public static final String STATUS_INTERVAL = "djk8s.status.interval";

  /** Default of {@link #STATUS_INTERVAL}. */
  public static final String STATUS_INTERVAL_DEFAULT = "5s";

  /** The advisory lock id {@code lockedmigrate} takes. */
  public static final String MIGRATE_LOCK_ID = "djk8s.migrate.lock-id";

  /** Default of {@link #MIGRATE_LOCK_ID}, as upstream. */
  public static final String MIGRATE_LOCK_ID_DEFAULT = "1000";

  /** How long {@code lockedmigrate} waits for the lock. */
  public static final String MIGRATE_LOCK_TIMEOUT = "djk8s.migrate.lock-timeout";

  /** Default of {@link #MIGRATE_LOCK_TIMEOUT}. */
  public static final String MIGRATE_LOCK_TIMEOUT_DEFAULT = "300s";

  /** Flyway locations {@code lockedmigrate} applies, comma-separated. */
  public static final String MIGRATE_LOCATIONS = "djk8s.migrate.locations";

  /** Default of {@link #MIGRATE_LOCATIONS}: Flyway's own default. */
  public static final String MIGRATE_LOCATIONS_DEFAULT = "classpath:db/migration";

  /**
   * {@code probe}'s mode when no flag chooses one: {@code in-process}, {@code client}, {@code
   * file}.
   */
  public static final String CLI_PROBE_MODE = "djk8s.cli.probe.mode";

  /** {@code probe}'s client-mode base URL when {@code --url} is not given. */
  public static final String CLI_PROBE_URL = "djk8s.cli.probe.url";

  /**
   * The {@code io.djk8s.cli.spi.AdminAccountStore} class {@code ensureadmin} uses, among several.
   */
  public static final String ADMIN_STORE = "djk8s.admin.store";

  /** {@code ensureadmin}: the caller table (its name column needs a unique constraint). */
  public static final String ADMIN_TABLE = "djk8s.admin.table";

  /** {@code ensureadmin}: the caller table's name column. */
  public static final String ADMIN_NAME_COLUMN = "djk8s.admin.name-column";

  /** {@code ensureadmin}: the caller table's password-hash column. */
  public static final String ADMIN_PASSWORD_COLUMN = "djk8s.admin.password-column";

  /** {@code ensureadmin}: the caller table's e-mail column; empty when it has none. */
  public static final String ADMIN_EMAIL_COLUMN = "djk8s.admin.email-column";

  /** {@code ensureadmin}: the group table; empty for no group row. */
  public static final String ADMIN_GROUP_TABLE = "djk8s.admin.group-table";

  /** {@code ensureadmin}: the group table's caller-name column. */
  public static final String ADMIN_GROUP_CALLER_COLUMN = "djk8s.admin.group-caller-column";

  /** {@code ensureadmin}: the group table's group-name column. */
  public static final String ADMIN_GROUP_COLUMN = "djk8s.admin.group-column";

  /** {@code ensureadmin}: the administrator's group; empty for none. */
  public static final String ADMIN_GROUP = "djk8s.admin.group";

  /** {@code ensureadmin}: the PBKDF2 algorithm of the password hash. */
  public static final String ADMIN_HASH_ALGORITHM = "djk8s.admin.hash-algorithm";

  /** {@code ensureadmin}: the PBKDF2 iterations of the password hash. */
  public static final String ADMIN_HASH_ITERATIONS = "djk8s.admin.hash-iterations";

  private Djk8sKeys() {}
}
