package io.djk8s.core.probes.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.BlackHole;
import io.djk8s.testing.EmbeddedServer;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.inject.spi.CDI;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The database probe in MicroProfile Health data: DOWN, naming the datasource where allowed. */
class DatabaseHealthDataTest {

  @Test
  void readinessDataNamesTheFailingDataSourceWhenDetailsAreAllowed() throws Exception {
    try (BlackHole hole = BlackHole.silent();
        EmbeddedServer server =
            EmbeddedServer.start(
                Set.of(ProbeRequestFilter.class),
                Map.of(
                    "djk8s.probe.timeout", "500ms",
                    "djk8s.details", "always",
                    "djk8s.datasource.orders.url",
                        "jdbc:postgresql://127.0.0.1:" + hole.port() + "/x",
                    "djk8s.datasource.orders.password", DatabaseScenarios.SECRET,
                    "djk8s.datasource.cache.url", "jdbc:h2:mem:djk8s_health;DB_CLOSE_DELAY=-1"))) {
      assertThat(server.uri("/")).as("the server runs the CDI container").isNotNull();
      SmallRyeHealthReporter reporter = CDI.current().select(SmallRyeHealthReporter.class).get();
      String json = json(reporter, reporter.getReadiness());
      long until = System.nanoTime() + 20_000_000_000L;
      while (!json.contains("ok: 'cache'") && System.nanoTime() < until) {
        Thread.sleep(600); // past the reuse window of a health run; the first runs load H2
        json = json(reporter, reporter.getReadiness());
      }

      assertThat(json)
          .containsPattern("\"name\"\\s*:\\s*\"database\",\\s*\"status\"\\s*:\\s*\"DOWN\"")
          .contains("datasource 'orders': ")
          .contains("ok: 'cache'")
          .doesNotContain(DatabaseScenarios.SECRET);
    }
  }

  private static String json(SmallRyeHealthReporter reporter, SmallRyeHealth health) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reporter.reportHealth(out, health);
    return out.toString(StandardCharsets.UTF_8);
  }
}
