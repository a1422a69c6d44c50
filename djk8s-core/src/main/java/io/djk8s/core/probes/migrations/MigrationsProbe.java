package io.djk8s.core.probes.migrations;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import io.djk8s.core.builtin.BuiltInProbe;
import io.djk8s.core.builtin.ProbeHost;
import io.djk8s.core.probes.jdbc.ConfiguredDataSources;
import io.djk8s.core.probes.jdbc.DataSourceCheck;
import io.djk8s.core.probes.jdbc.DataSourceFinder;
import io.djk8s.core.probes.jdbc.NamedDataSource;
import io.djk8s.core.probes.jdbc.SelectedDataSourceChecks;
import io.djk8s.core.settings.Djk8sKeys;
import io.djk8s.core.settings.Key;
import io.djk8s.core.settings.KeyReader;
import java.util.List;
import java.util.function.Supplier;

/**
 * Not ready while a datasource has pending (or failed) Flyway migrations: the promise of the
 * django-kubernetes documentation, "not ready if the database doesn't have migrations applied".
 * Opt-in: add {@code migrations} to {@code djk8s.readiness.probes}.
 *
 * <p>It asks Flyway itself ({@code Flyway.info().pending()}), configured by {@link #LOCATIONS},
 * {@link #SCHEMAS} and {@link #TABLE} (which {@code lockedmigrate} shares), for the datasources of
 * the database probe narrowed by {@link #NAMES}. Flyway is an optional dependency: without {@code
 * flyway-core} (and the module of the database, such as {@code flyway-database-postgresql} or
 * {@code flyway-mysql}) the probe is not ready and says why. Datasources are checked at once and
 * single-flight, bounded by the deadline like the database probe's.
 */
@ProbeName("migrations")
public class MigrationsProbe implements ReadinessProbe, AutoCloseable {

  /** The body of a not-ready answer. */
  public static final String NOT_READY_CONTENT = "db: migrations not applied";

  private static final String FLYWAY = "org.flywaydb.core.Flyway";

  private final SelectedDataSourceChecks checks;

  /** The datasources the probe checks, by name; empty for every datasource. */
  public static final Key NAMES =
      Key.list("djk8s.migrations.names", "", "the datasources migrations checks, by name");

  /** Where Flyway finds the migrations; {@code lockedmigrate} applies the same ones. */
  public static final Key LOCATIONS =
      Key.list("djk8s.migrations.locations", "classpath:db/migration", "Flyway locations")
          .alias("djk8s.migrate.locations");

  /** The schemas Flyway manages; empty for the connection's default schema. */
  public static final Key SCHEMAS = Key.list("djk8s.migrations.schemas", "", "Flyway's schemas");

  /** The name of Flyway's schema history table. */
  public static final Key TABLE =
      Key.text("djk8s.migrations.table", "flyway_schema_history", "Flyway's history table");

  /** The declaration of the built-in {@code migrations} probe. */
  public static final BuiltInProbe DESCRIPTOR =
      new BuiltInProbe(
          "migrations",
          MigrationsProbe.class,
          true,
          List.of(NAMES, LOCATIONS, SCHEMAS, TABLE),
          ConfiguredDataSources::validate,
          (config, host) ->
              new MigrationsProbe(config, host, Thread.currentThread().getContextClassLoader()));

  private MigrationsProbe(KeyReader config, ProbeHost host, ClassLoader loader) {
    this(
        () -> DataSourceFinder.find(host, config.source()),
        config.list(NAMES),
        check(config, loader));
  }

  MigrationsProbe(
      Supplier<List<NamedDataSource>> dataSources, List<String> names, DataSourceCheck check) {
    this.checks =
        new SelectedDataSourceChecks(
            "migrations", NAMES.name(), NOT_READY_CONTENT, dataSources, names, check);
  }

  private static DataSourceCheck check(KeyReader config, ClassLoader loader) {
    if (!flywayPresent(loader)) {
      return (dataSource, deadline) -> {
        throw new IllegalStateException(
            "Flyway is not on the classpath: add org.flywaydb:flyway-core and the module of the"
                + " database, or remove 'migrations' from "
                + Djk8sKeys.READINESS_PROBES);
      };
    }
    return new FlywayPending(loader, MigrationSettings.read(config));
  }

  private static boolean flywayPresent(ClassLoader loader) {
    try {
      Class.forName(FLYWAY, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    checks.check(context);
  }

  /** Stops the probe's threads. */
  @Override
  public void close() {
    checks.close();
  }
}
