package io.djk8s.core.probes.migrations;

import io.djk8s.core.probes.jdbc.BoundedDataSources;
import io.djk8s.core.probes.jdbc.DataSourceCheck;
import io.djk8s.core.probes.jdbc.NamedDataSource;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Asks Flyway whether a datasource has pending or failed migrations. Loaded only when Flyway is on
 * the classpath. Read-only: it never migrates, creates a schema or a history table.
 */
final class FlywayPending implements DataSourceCheck {

  private static final int LISTED = 5;

  private final ClassLoader loader;
  private final String[] locations;
  private final String[] schemas;
  private final String table;

  FlywayPending(ClassLoader loader, MigrationSettings settings) {
    this.loader = loader;
    this.locations = settings.locations().toArray(String[]::new);
    this.schemas = settings.schemas().toArray(String[]::new);
    this.table = settings.table();
  }

  @Override
  public void check(NamedDataSource dataSource, long deadlineNanos) throws PendingMigrations {
    FluentConfiguration configuration =
        Flyway.configure(loader)
            .dataSource(BoundedDataSources.forDeadline(dataSource.dataSource(), deadlineNanos))
            .locations(locations)
            .table(table)
            .failOnMissingLocations(false);
    if (schemas.length > 0) {
      configuration.schemas(schemas);
    }
    MigrationInfoService info = configuration.load().info();
    List<MigrationInfo> failed =
        Arrays.stream(info.all()).filter(migration -> migration.getState().isFailed()).toList();
    if (!failed.isEmpty()) {
      throw new PendingMigrations(failed.size() + " failed migration(s): " + list(failed));
    }
    List<MigrationInfo> pending = List.of(info.pending());
    if (!pending.isEmpty()) {
      throw new PendingMigrations(pending.size() + " pending migration(s): " + list(pending));
    }
  }

  private static String list(List<MigrationInfo> migrations) {
    String shown =
        migrations.stream()
            .limit(LISTED)
            .map(FlywayPending::describe)
            .collect(Collectors.joining(", "));
    return migrations.size() > LISTED ? shown + ", ..." : shown;
  }

  private static String describe(MigrationInfo migration) {
    String version = migration.getVersion() == null ? "R" : migration.getVersion().toString();
    return version + " " + migration.getDescription();
  }

  /** The migrations of a datasource are not all applied. */
  static final class PendingMigrations extends Exception {
    private static final long serialVersionUID = 1L;

    PendingMigrations(String message) {
      super(message);
    }
  }
}
