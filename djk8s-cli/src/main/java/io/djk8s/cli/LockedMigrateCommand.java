package io.djk8s.cli;

import io.djk8s.core.probes.migrations.MigrationSettings;
import io.djk8s.core.settings.DurationText;
import io.djk8s.core.settings.KeyReader;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lockedmigrate}: runs the application's Flyway migrations under a cluster-wide lock, so
 * that pods starting at once migrate one after the other, and the later ones find nothing to do.
 */
@Command(
    name = "lockedmigrate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Runs Flyway migrations under a PostgreSQL advisory lock or a MariaDB/MySQL GET_LOCK.",
      "Exit codes: 0 migrated or up to date, 1 lock not obtained, unsupported database or"
          + " migration failed, 2 usage or configuration error."
    })
final class LockedMigrateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-L", "--lock-id"},
      description = "Advisory lock id (default: djk8s.migrate.lock-id, 1000).")
  Long lockId;

  @Mixin DatabaseOption database;

  @Option(
      names = "--lock-timeout",
      paramLabel = "DURATION",
      description = "How long to wait for the lock (default: djk8s.migrate.lock-timeout, 300s).")
  String lockTimeout;

  @Option(
      names = "--location",
      paramLabel = "LOCATION",
      description =
          "Flyway location, repeatable (default: djk8s.migrations.locations,"
              + " classpath:db/migration).")
  List<String> locations;

  @Override
  public Integer call() throws SQLException {
    CliLogging.configure();
    Config config = ConfigProvider.getConfig();
    KeyReader keys = new KeyReader(CliSettings.of(config));
    long id = lockId != null ? lockId : lockId(keys);
    Duration wait = lockWait(keys);
    MigrationSettings settings = MigrationSettings.read(keys);
    List<String> where =
        locations != null && !locations.isEmpty() ? locations : settings.locations();
    DataSource dataSource = database.dataSource(config);
    PrintWriter out = spec.commandLine().getOut();
    try (Connection lockConnection = BoundedConnect.connect(dataSource, Duration.ofSeconds(30))) {
      MigrationLock lock = MigrationLock.on(lockConnection, id);
      out.println("Waiting for " + lock.describe() + " (at most " + wait.toSeconds() + " s).");
      out.flush();
      long start = System.nanoTime();
      if (!lock.acquire(wait)) {
        throw CliFailure.failed(
            "Could not get "
                + lock.describe()
                + " within "
                + wait.toSeconds()
                + " s: another migration still holds it.");
      }
      out.println(
          "Got "
              + lock.describe()
              + " after "
              + Duration.ofNanos(System.nanoTime() - start).toMillis()
              + " ms.");
      out.flush();
      try {
        FluentConfiguration flyway =
            Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .locations(where.toArray(String[]::new))
                .table(settings.table());
        if (!settings.schemas().isEmpty()) {
          flyway.schemas(settings.schemas().toArray(String[]::new));
        }
        MigrateResult result = flyway.load().migrate();
        out.println(
            result.migrationsExecuted == 0
                ? "Schema is up to date (version " + version(result) + "); nothing to migrate."
                : "Applied "
                    + result.migrationsExecuted
                    + " migration(s); schema version "
                    + version(result)
                    + ".");
        return ExitCodes.OK;
      } catch (FlywayException e) {
        throw CliFailure.failed("Migration failed: " + e.getMessage());
      } finally {
        if (lock.release()) {
          out.println("Released " + lock.describe() + ".");
        } else {
          out.println(
              "Warning: "
                  + lock.describe()
                  + " was no longer held when released: the lock connection was lost during the"
                  + " migration, so another run may have migrated at the same time.");
        }
      }
    }
  }

  private static String version(MigrateResult result) {
    String version =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    return version == null ? "empty" : version;
  }

  private long lockId(KeyReader keys) {
    long id = keys.integer(CliKeys.MIGRATE_LOCK_ID);
    requireValid(keys);
    return id;
  }

  private Duration lockWait(KeyReader keys) {
    if (lockTimeout == null) {
      Duration wait = keys.duration(CliKeys.MIGRATE_LOCK_TIMEOUT);
      requireValid(keys);
      return wait;
    }
    Optional<Duration> parsed = DurationText.parse(lockTimeout);
    if (parsed.isEmpty()) {
      throw CliFailure.usage(
          "--lock-timeout='" + lockTimeout + "': " + DurationText.expected(lockTimeout));
    }
    Duration max =
        DurationText.parse(CliKeys.MIGRATE_LOCK_TIMEOUT.max().orElseThrow()).orElseThrow();
    if (parsed.get().isNegative() || parsed.get().isZero() || parsed.get().compareTo(max) > 0) {
      throw CliFailure.usage(
          "--lock-timeout='"
              + lockTimeout
              + "': give a positive duration up to "
              + CliKeys.MIGRATE_LOCK_TIMEOUT.max().orElseThrow()
              + ", e.g. 300s");
    }
    return parsed.get();
  }

  private static void requireValid(KeyReader keys) {
    if (!keys.problems().isEmpty()) {
      throw CliFailure.usage(String.join("; ", keys.problems()));
    }
  }
}
