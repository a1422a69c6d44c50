package io.djk8s.impl.probes.jdbc;

import io.djk8s.ReadinessProbe;
import io.djk8s.impl.config.Djk8sKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code database} probe without CDI, over the datasources declared in configuration ({@code
 * djk8s.datasource.<name>.url}): what {@code probe --ready} runs in-process.
 */
public final class ConfiguredDatabaseProbe {

  private ConfiguredDatabaseProbe() {}

  /**
   * A database probe that checks every configured datasource.
   *
   * @param config the application's configuration
   * @return the probe
   */
  public static ReadinessProbe of(Config config) {
    Map<String, DataSource> declared = ConfiguredDataSources.read(config);
    List<NamedDataSource> named = new ArrayList<>();
    declared.forEach((name, dataSource) -> named.add(new NamedDataSource(name, dataSource)));
    List<NamedDataSource> fixed = List.copyOf(named);
    List<String> selected =
        DataSourceSelection.names(
            config
                .getOptionalValue(Djk8sKeys.DATABASE_NAMES, String.class)
                .orElse(Djk8sKeys.DATABASE_NAMES_DEFAULT));
    return new DatabaseProbe(() -> fixed, selected, new ConnectionValidation());
  }
}
