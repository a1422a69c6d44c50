package io.djk8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.testing.JdbcEndpoint;
import io.djk8s.testing.Services;
import io.djk8s.testing.TestConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code lockedmigrate} against real PostgreSQL and MariaDB, each run in a schema of its own: two
 * concurrent runs serialize on the lock and the schema is migrated once.
 */
class LockedMigrateCommandIT {

  private static final Pattern WAITED = Pattern.compile("Got .* after (\\d+) ms");

  private final String schema = "djk8s_cli_" + UUID.randomUUID().toString().substring(0, 8);
  private final List<Runnable> cleanup = new ArrayList<>();

  @AfterEach
  void dropSchemas() {
    cleanup.forEach(Runnable::run);
  }

  private JdbcEndpoint endpoint(String database) {
    return database.equals("postgres") ? Services.postgres() : Services.mariadb();
  }

  /** A private schema, and the configuration of a datasource whose default schema it is. */
  private Map<String, String> privateSchema(String database) throws SQLException {
    JdbcEndpoint db = endpoint(database);
    boolean postgres = database.equals("postgres");
    execute(db, (postgres ? "CREATE SCHEMA " : "CREATE DATABASE ") + schema);
    cleanup.add(
        () ->
            execute(
                db, postgres ? "DROP SCHEMA " + schema + " CASCADE" : "DROP DATABASE " + schema));
    String url =
        postgres
            ? db.url() + (db.url().contains("?") ? "&" : "?") + "currentSchema=" + schema
            : db.url().replaceFirst("/[^/?]*(\\?|$)", "/" + schema + "$1");
    Map<String, String> config = new HashMap<>();
    config.put("djk8s.datasource.default.url", url);
    config.put("djk8s.datasource.default.username", db.user());
    config.put("djk8s.datasource.default.password", db.password());
    config.put(
        "djk8s.migrations.locations",
        "classpath:db/cli-test/" + (postgres ? "postgresql" : "mariadb"));
    return config;
  }

  private static void execute(JdbcEndpoint db, String sql) {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static long count(Map<String, String> config, String sql) throws SQLException {
    try (Connection c =
            new io.djk8s.core.probes.jdbc.UrlDataSource(
                    config.get("djk8s.datasource.default.url"),
                    config.get("djk8s.datasource.default.username"),
                    config.get("djk8s.datasource.default.password"))
                .getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static Cli.Run migrate(Map<String, String> config, String... flags) {
    TestConfig registered = TestConfig.of(config);
    try {
      String[] args = new String[flags.length + 1];
      args[0] = "lockedmigrate";
      System.arraycopy(flags, 0, args, 1, flags.length);
      return Cli.run(args);
    } finally {
      registered.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgres", "mariadb"})
  void twoConcurrentRunsSerializeAndTheSchemaIsMigratedOnce(String database) throws Exception {
    Map<String, String> config = privateSchema(database);
    config.put(
        "djk8s.migrate.lock-id", String.valueOf(70_000 + Math.abs(schema.hashCode() % 10_000)));
    TestConfig registered = TestConfig.of(config);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Cli.Run> runs = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Cli.Run>> futures = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return Cli.run("lockedmigrate");
                }));
      }
      start.countDown();
      for (Future<Cli.Run> future : futures) {
        runs.add(future.get(120, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
      registered.close();
    }

    for (Cli.Run run : runs) {
      assertThat(run.exit()).as(run.all()).isZero();
    }
    assertThat(runs)
        .extracting(run -> run.out().contains("Applied 1 migration(s); schema version 1."))
        .as("exactly one run migrates")
        .containsExactlyInAnyOrder(true, false);
    assertThat(runs)
        .filteredOn(run -> !run.out().contains("Applied"))
        .singleElement()
        .satisfies(
            later -> {
              assertThat(later.out()).contains("Schema is up to date (version 1)");
              assertThat(waitedMillis(later))
                  .as("the later run waited for the lock while the 1.5 s migration ran")
                  .isGreaterThanOrEqualTo(1_000);
            });
    assertThat(count(config, "SELECT COUNT(*) FROM djk8s_cli_migrated")).isEqualTo(1);
    assertThat(count(config, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE"))
        .isEqualTo(1);
  }

  private static long waitedMillis(Cli.Run run) {
    Matcher matcher = WAITED.matcher(run.out());
    assertThat(matcher.find()).as(run.out()).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgres", "mariadb"})
  void theWaitForALockHeldElsewhereIsBoundedAndFailsClearly(String database) throws Exception {
    Map<String, String> config = privateSchema(database);
    boolean postgres = database.equals("postgres");
    long id = 80_000 + Math.abs(schema.hashCode() % 10_000);
    try (Connection holder = endpoint(database).connect();
        PreparedStatement lock =
            holder.prepareStatement(
                postgres ? "SELECT pg_advisory_lock(?)" : "SELECT GET_LOCK(?, 0)")) {
      if (postgres) {
        lock.setLong(1, id);
      } else {
        lock.setString(1, "djk8s-migrate-" + id);
      }
      lock.execute();

      Cli.Run run = migrate(config, "-L", String.valueOf(id), "--lock-timeout", "1s");

      assertThat(run.exit()).as(run.all()).isEqualTo(1);
      assertThat(run.err())
          .contains("Could not get")
          .contains(String.valueOf(id))
          .contains("within 1 s: another migration still holds it.");
      assertThat(run.elapsed()).isBetween(Duration.ofMillis(900), Duration.ofSeconds(6));
      assertThat(count(config, tablesNamed(postgres, "djk8s_cli_migrated")))
          .as("nothing migrated")
          .isZero();
    }
  }

  private String tablesNamed(boolean postgres, String table) {
    return "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = '"
        + table
        + "' AND table_schema = '"
        + schema
        + "'";
  }

  @Test
  void theLockIdComesFromConfigurationWhenNoFlagIsGiven() throws Exception {
    Map<String, String> config = privateSchema("postgres");
    config.put("djk8s.migrate.lock-id", "4243");

    Cli.Run run = migrate(config);

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains("Got pg_advisory_lock(4243)", "Released pg_advisory_lock(4243)");
  }

  @Test
  void aFailingMigrationExits1AndReleasesTheLock() throws Exception {
    Map<String, String> config = privateSchema("postgres");
    config.put("djk8s.migrations.locations", "classpath:db/cli-test/mariadb");

    Cli.Run run = migrate(config, "-L", "4244");

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.err()).startsWith("Migration failed:");
    assertThat(run.out()).contains("Released pg_advisory_lock(4244)");
  }

  @Test
  void theMigrationsProbeReadsTheHistoryTableAndSchemaLockedmigrateWrote() throws Exception {
    Map<String, String> config = privateSchema("postgres");
    String managed = schema + "_managed";
    cleanup.add(
        () -> execute(Services.postgres(), "DROP SCHEMA IF EXISTS " + managed + " CASCADE"));
    config.put("djk8s.migrations.table", "orders_history");
    config.put("djk8s.migrations.schemas", managed);
    config.put("djk8s.readiness.probes", "migrations");
    assertThat(migrationsProbe(config).exitCode()).as("pending before the migration").isEqualTo(1);

    Cli.Run run = migrate(config, "-L", "4245");

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(count(Services.postgres(), managed, "orders_history", "version = '1' AND success"))
        .as("the migration recorded in the configured table and schema")
        .isEqualTo(1);
    assertThat(count(Services.postgres(), managed, "djk8s_cli_migrated", "id = 1"))
        .as("the migration ran in the managed schema")
        .isEqualTo(1);
    assertThat(migrationsProbe(config).exitCode()).as("ready after the migration").isZero();
  }

  @Test
  void theDeprecatedLocationsKeyIsStillReadWhenTheNewOneIsUnset() throws Exception {
    Map<String, String> config = privateSchema("postgres");
    config.put("djk8s.migrate.locations", config.remove("djk8s.migrations.locations"));

    Cli.Run run = migrate(config, "-L", "4246");

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains("Applied 1 migration(s)");
  }

  private static ProbeResult migrationsProbe(Map<String, String> config) {
    TestConfig registered = TestConfig.of(config);
    try {
      return InProcessProbe.of(org.eclipse.microprofile.config.ConfigProvider.getConfig())
          .check(io.djk8s.core.engine.ProbeGroup.READINESS);
    } finally {
      registered.close();
    }
  }

  private static long count(JdbcEndpoint db, String inSchema, String table, String where)
      throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery("SELECT count(*) FROM " + inSchema + "." + table + " WHERE " + where)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void aDatabaseWithoutAClusterWideLockIsRefusedClearly() {
    Cli.Run run =
        migrate(Map.of("djk8s.datasource.default.url", "jdbc:h2:mem:djk8s-cli;DB_CLOSE_DELAY=-1"));

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.err())
        .contains("H2 has no cluster-wide lock that djk8s knows")
        .contains("PostgreSQL (pg_advisory_lock) and MariaDB/MySQL (GET_LOCK)");
  }
}
