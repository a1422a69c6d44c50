package io.djk8s.cli;

import io.djk8s.core.probes.jdbc.ConfiguredDataSources;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/** The datasource a command works on, by name, from {@code djk8s.datasource.<name>.*}. */
final class CliDataSources {

  private CliDataSources() {}

  static DataSource named(Config config, String name) {
    Map<String, DataSource> declared = ConfiguredDataSources.read(CliSettings.of(config));
    DataSource found = declared.get(name);
    if (found == null) {
      throw CliFailure.usage(
          "Unknown database '"
              + name
              + "': set "
              + ConfiguredDataSources.PREFIX
              + name
              + ".url (environment: "
              + ConfiguredDataSources.environmentVariable(name, "url")
              + ")"
              + (declared.isEmpty() ? "" : "; declared: " + declared.keySet()));
    }
    return found;
  }
}
