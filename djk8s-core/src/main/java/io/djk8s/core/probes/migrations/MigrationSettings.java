package io.djk8s.core.probes.migrations;

import io.djk8s.core.settings.KeyReader;
import java.util.List;

/**
 * What Flyway is told about the application's migrations: where they are, which schemas it manages
 * and its history table. The {@code migrations} probe and {@code lockedmigrate} read these same
 * keys, so the probe checks the history table the command writes.
 *
 * @param locations Flyway locations ({@link MigrationsProbe#LOCATIONS})
 * @param schemas the managed schemas, empty for the connection's own ({@link
 *     MigrationsProbe#SCHEMAS})
 * @param table the schema history table ({@link MigrationsProbe#TABLE})
 */
public record MigrationSettings(List<String> locations, List<String> schemas, String table) {

  /** Copies the lists. */
  public MigrationSettings {
    locations = List.copyOf(locations);
    schemas = List.copyOf(schemas);
  }

  /**
   * Reads the settings.
   *
   * @param keys the reader
   * @return the settings
   */
  public static MigrationSettings read(KeyReader keys) {
    return new MigrationSettings(
        keys.list(MigrationsProbe.LOCATIONS),
        keys.list(MigrationsProbe.SCHEMAS),
        keys.text(MigrationsProbe.TABLE));
  }
}
