package io.djk8s.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.probes.migrations.MigrationsProbe;
import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.BlackHole;
import io.djk8s.testing.EmbeddedServer;
import io.djk8s.testing.Http;
import io.djk8s.testing.Http.Answer;
import io.djk8s.testing.JdbcEndpoint;
import io.djk8s.testing.Services;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The migrations probe against real PostgreSQL, MariaDB and H2: not ready while Flyway has pending
 * migrations, ready once they are applied. Each run uses a schema of its own, dropped at the end.
 */
class MigrationsProbeEndpointIT {

  private static final String LOCATION = "classpath:djk8s/test-migrations";

  private static JdbcEndpoint endpoint(String engine) {
    return switch (engine) {
      case "postgres" -> Services.postgres();
      case "mariadb" -> Services.mariadb();
      default -> new JdbcEndpoint("jdbc:h2:mem:djk8s_migrations;DB_CLOSE_DELAY=-1", "sa", "");
    };
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"postgres", "mariadb", "h2"})
  void readyzIsNotReadyWhileMigrationsArePendingAndReadyOnceApplied(String engine)
      throws Exception {
    JdbcEndpoint database = endpoint(engine);
    String schema = "djk8s_mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Map<String, String> config = new HashMap<>();
    config.put("djk8s.readiness.probes", "database,migrations");
    config.put("djk8s.probe.timeout", "5s");
    config.put("djk8s.details", "always");
    config.put("djk8s.datasource.main.url", database.url());
    config.put("djk8s.datasource.main.username", database.user());
    config.put("djk8s.datasource.main.password", database.password());
    config.put("djk8s.migrations.locations", LOCATION);
    config.put("djk8s.migrations.schemas", schema);
    try (EmbeddedServer server = EmbeddedServer.start(Set.of(ProbeRequestFilter.class), config)) {
      Answer pending = Http.get(server.uri("/readyz"));
      Answer pendingVerbose = Http.get(server.uri("/readyz?verbose"));

      assertThat(pending.status()).as("body: %s", pending.body()).isEqualTo(503);
      assertThat(pending.body()).isEqualTo(MigrationsProbe.NOT_READY_CONTENT);
      assertThat(pendingVerbose.body())
          .contains("[+]database ok")
          .contains(
              "[-]migrations failed: datasource 'main': 2 pending migration(s): 1 create items,"
                  + " 2 add note");

      flyway(database, schema).target("1").load().migrate();
      assertThat(Http.get(server.uri("/readyz?verbose")).body())
          .contains("datasource 'main': 1 pending migration(s): 2 add note");

      flyway(database, schema).load().migrate();
      Answer applied = Http.get(server.uri("/readyz"));
      assertThat(applied.status()).as("body: %s", applied.body()).isEqualTo(200);
    } finally {
      drop(database, engine, schema);
    }
  }

  @Test
  void readyzAnswers503WithinTheDeadlineWhenTheMigrationsDataSourceIsABlackHole() throws Exception {
    try (BlackHole hole = BlackHole.silent()) {
      Map<String, String> config = new HashMap<>();
      config.put("djk8s.readiness.probes", "migrations");
      config.put("djk8s.probe.timeout", "500ms");
      config.put("djk8s.details", "always");
      config.put("djk8s.datasource.main.url", "jdbc:postgresql://127.0.0.1:" + hole.port() + "/x");
      config.put("djk8s.migrations.locations", LOCATION);
      try (EmbeddedServer server = EmbeddedServer.start(Set.of(ProbeRequestFilter.class), config)) {
        Http.get(server.uri("/readyz"));
        for (int i = 1; i <= 5; i++) {
          Answer answer = Http.get(server.uri("/readyz"));
          assertThat(answer.status()).isEqualTo(503);
          assertThat(answer.body())
              .as("the probe's own generic answer, or the engine's when the deadline came first")
              .matches("db: migrations not applied|migrations: timed out after \\d+ ms");
          assertThat(answer.elapsed())
              .as("request %d", i)
              .isLessThanOrEqualTo(Duration.ofMillis(600));
        }
        assertThat(hole.openClientConnections())
            .as("one check in flight at most")
            .isLessThanOrEqualTo(1);
      }
    }
  }

  private static FluentConfiguration flyway(JdbcEndpoint database, String schema) {
    return Flyway.configure()
        .dataSource(database.url(), database.user(), database.password())
        .locations(LOCATION)
        .schemas(schema);
  }

  private static void drop(JdbcEndpoint database, String engine, String schema) throws Exception {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(
          engine.equals("mariadb")
              ? "DROP DATABASE IF EXISTS " + schema
              : "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
