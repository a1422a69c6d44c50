package io.djk8s.cli;

import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import picocli.CommandLine.Option;

/** The {@code -d/--database} option of the commands that work on one configured datasource. */
final class DatabaseOption {

  @Option(
      names = {"-d", "--database"},
      defaultValue = "default",
      description = "The datasource djk8s.datasource.<name> (default ${DEFAULT-VALUE}).")
  String name;

  /** The named datasource, from {@code djk8s.datasource.<name>.*}. */
  DataSource dataSource(Config config) {
    return CliDataSources.named(config, name);
  }
}
