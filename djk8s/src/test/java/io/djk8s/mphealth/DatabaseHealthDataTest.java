package io.djk8s.mphealth;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.engine.ProbeService;
import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.BlackHole;
import io.djk8s.testing.EmbeddedServer;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.inject.spi.CDI;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The database probe in MicroProfile Health data: DOWN, naming the datasource where allowed. */
class DatabaseHealthDataTest {

  private static final String SECRET = "s3cret-" + UUID.randomUUID();

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
                    "djk8s.datasource.orders.password", SECRET,
                    "djk8s.datasource.cache.url", "jdbc:h2:mem:djk8s_health;DB_CLOSE_DELAY=-1"))) {
      assertThat(server.uri("/")).as("the server runs the CDI container").isNotNull();
      SmallRyeHealthReporter reporter = CDI.current().select(SmallRyeHealthReporter.class).get();
      ProbeService service = CDI.current().select(ProbeService.class).get();
      String json =
          Awaitility.await("health data naming the ready cache DataSource")
              .atMost(Duration.ofSeconds(20))
              .pollInterval(Duration.ofMillis(100))
              .until(
                  () -> {
                    service.invalidate("database"); // a fresh run, not the last one reused
                    return json(reporter, reporter.getReadiness());
                  },
                  text -> text.contains("ok: 'cache'"));

      assertThat(json)
          .containsPattern("\"name\"\\s*:\\s*\"database\",\\s*\"status\"\\s*:\\s*\"DOWN\"")
          .contains("datasource 'orders': ")
          .contains("ok: 'cache'")
          .doesNotContain(SECRET);
    }
  }

  private static String json(SmallRyeHealthReporter reporter, SmallRyeHealth health) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reporter.reportHealth(out, health);
    return out.toString(StandardCharsets.UTF_8);
  }
}
