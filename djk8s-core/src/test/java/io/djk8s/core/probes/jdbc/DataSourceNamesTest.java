package io.djk8s.core.probes.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.settings.Djk8sKeys;
import io.djk8s.core.settings.KeyReader;
import io.djk8s.core.settings.SettingsSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Datasource names map one way between keys, environment variables and {@code -d}. */
class DataSourceNamesTest {

  @Test
  void aNameWithAnUnderscoreDeclaredThroughTheEnvironmentIsDeclared() {
    SettingsSource environment =
        SettingsSource.of(
            Map.of(
                "DJK8S_DATASOURCE_ORDERS_DB_URL", "jdbc:postgresql://127.0.0.1:1/x",
                "DJK8S_DATASOURCE_ORDERS_DB_USERNAME", "app",
                "DJK8S_DATASOURCE_ORDERS_URL", "jdbc:postgresql://127.0.0.1:2/y"));

    assertThat(ConfiguredDataSources.read(environment)).containsOnlyKeys("orders_db", "orders");
    assertThat(ConfiguredDataSources.read(environment).get("orders_db").toString())
        .contains("127.0.0.1:1");
  }

  @Test
  void theDottedFormAndTheEnvironmentFormNameTheSameDataSource() {
    assertThat(Djk8sKeys.DATASOURCE_URL.named("orders_db").environmentVariable())
        .isEqualTo("DJK8S_DATASOURCE_ORDERS_DB_URL");
    assertThat(
            ConfiguredDataSources.read(
                SettingsSource.of(Map.of("djk8s.datasource.orders_db.url", "jdbc:h2:mem:x"))))
        .containsOnlyKeys("orders_db");
  }

  @Test
  void aNameThatCannotMapOneWayFailsTheDeploymentNamingTheKey() {
    KeyReader config =
        new KeyReader(
            SettingsSource.of(
                Map.of(
                    "djk8s.datasource.orders-db.url", "jdbc:h2:mem:x",
                    "djk8s.datasource.Reports.url", "jdbc:h2:mem:y")));

    ConfiguredDataSources.validate(config);

    assertThat(config.problems())
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("djk8s.datasource.orders-db.url='orders-db'"))
        .anySatisfy(p -> assertThat(p).startsWith("djk8s.datasource.Reports.url='Reports'"));
    assertThat(ConfiguredDataSources.read(config.source())).isEmpty();
  }
}
