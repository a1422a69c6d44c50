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
import io.djk8s.core.probes.jdbc.DataSourceSelection;
import io.djk8s.core.probes.jdbc.NamedDataSource;
import io.djk8s.core.probes.jdbc.SelectedDataSourceChecks;
import io.djk8s.core.settings.Djk8sKeys;
import io.djk8s.core.settings.ProbeConfig;
import java.util.List;
import java.util.function.Supplier;

/**
 * Not ready while a datasource has pending (or failed) Flyway migrations: the promise of the
 * django-kubernetes documentation, "not ready if the database doesn't have migrations applied".
 * Opt-in: add {@code migrations} to {@code djk8s.readiness.probes}.
 *
 * <p>It asks Flyway itself ({@code Flyway.info().pending()}), configured by {@value
 * Djk8sKeys#MIGRATIONS_LOCATIONS}, {@value Djk8sKeys#MIGRATIONS_SCHEMAS} and {@value
 * Djk8sKeys#MIGRATIONS_TABLE}, for the datasources of the database probe narrowed by {@value
 * Djk8sKeys#MIGRATIONS_NAMES}. Flyway is an optional dependency: without {@code flyway-core} (and
 * the module of the database, such as {@code flyway-database-postgresql} or {@code flyway-mysql})
 * the probe is not ready and says why. Datasources are checked at once and single-flight, bounded
 * by the deadline like the database probe's.
 */
@ProbeName("migrations")
public class MigrationsProbe implements ReadinessProbe, AutoCloseable {

  /** The body of a not-ready answer. */
  public static final String NOT_READY_CONTENT = "db: migrations not applied";

  private static final String FLYWAY = "org.flywaydb.core.Flyway";

  private final SelectedDataSourceChecks checks;

  /** The declaration of the built-in {@code migrations} probe. */
  public static final BuiltInProbe DESCRIPTOR =
      new BuiltInProbe(
          "migrations",
          MigrationsProbe.class,
          true,
          ConfiguredDataSources::validate,
          (config, host) ->
              new MigrationsProbe(config, host, Thread.currentThread().getContextClassLoader()));

  private MigrationsProbe(ProbeConfig config, ProbeHost host, ClassLoader loader) {
    this(
        () -> DataSourceFinder.find(host, config.source()),
        DataSourceSelection.names(
            text(config, Djk8sKeys.MIGRATIONS_NAMES, Djk8sKeys.MIGRATIONS_NAMES_DEFAULT)),
        check(config, loader));
  }

  MigrationsProbe(
      Supplier<List<NamedDataSource>> dataSources, List<String> names, DataSourceCheck check) {
    this.checks =
        new SelectedDataSourceChecks(
            "migrations", Djk8sKeys.MIGRATIONS_NAMES, NOT_READY_CONTENT, dataSources, names, check);
  }

  private static DataSourceCheck check(ProbeConfig config, ClassLoader loader) {
    if (!flywayPresent(loader)) {
      return (dataSource, deadline) -> {
        throw new IllegalStateException(
            "Flyway is not on the classpath: add org.flywaydb:flyway-core and the module of the"
                + " database, or remove 'migrations' from "
                + Djk8sKeys.READINESS_PROBES);
      };
    }
    return new FlywayPending(
        loader,
        DataSourceSelection.names(
            text(config, Djk8sKeys.MIGRATIONS_LOCATIONS, Djk8sKeys.MIGRATIONS_LOCATIONS_DEFAULT)),
        DataSourceSelection.names(
            text(config, Djk8sKeys.MIGRATIONS_SCHEMAS, Djk8sKeys.MIGRATIONS_SCHEMAS_DEFAULT)),
        text(config, Djk8sKeys.MIGRATIONS_TABLE, Djk8sKeys.MIGRATIONS_TABLE_DEFAULT));
  }

  private static boolean flywayPresent(ClassLoader loader) {
    try {
      Class.forName(FLYWAY, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static String text(ProbeConfig config, String key, String defaultValue) {
    return config.text(key).orElse(defaultValue);
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
