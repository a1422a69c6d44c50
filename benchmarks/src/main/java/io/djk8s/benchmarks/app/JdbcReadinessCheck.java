package io.djk8s.benchmarks.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The readiness check a typical application writes for MicroProfile Health: get a connection, run
 * {@code SELECT 1}, UP or DOWN. No timeout, as in most applications: this is the contender djk8s's
 * {@code database} probe is measured against, not a recommendation.
 */
@Readiness
@ApplicationScoped
public class JdbcReadinessCheck implements HealthCheck {

  @Inject DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SELECT 1");
      return HealthCheckResponse.up("database");
    } catch (SQLException e) {
      return HealthCheckResponse.down("database");
    }
  }
}
