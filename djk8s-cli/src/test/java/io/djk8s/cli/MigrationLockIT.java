package io.djk8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.testing.JdbcEndpoint;
import io.djk8s.testing.Services;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The lock session of lockedmigrate on a real PostgreSQL and MariaDB. */
class MigrationLockIT {

  private static String show(Connection connection, String setting) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SHOW " + setting)) {
      row.next();
      return row.getString(1);
    }
  }

  @Test
  void thePostgresLockSessionHasKeepalivesSoADeadHolderReleasesItWithinAMinute() throws Exception {
    JdbcEndpoint postgres = Services.postgres();
    try (Connection connection = postgres.connect()) {
      MigrationLock lock = MigrationLock.on(connection, 424242);
      assertThat(lock.acquire(Duration.ofSeconds(5))).isTrue();

      assertThat(show(connection, "tcp_keepalives_idle")).isEqualTo("30");
      assertThat(show(connection, "tcp_keepalives_interval")).isEqualTo("10");
      assertThat(show(connection, "tcp_keepalives_count")).isEqualTo("3");
      assertThat(connection.getNetworkTimeout()).as("calls are bounded").isPositive();
      assertThat(lock.release()).as("held, so released").isTrue();
      assertThat(lock.release()).as("the result of pg_advisory_unlock is read").isFalse();
    }
  }

  @Test
  void theMariaDbReleaseResultIsRead() throws Exception {
    JdbcEndpoint mariadb = Services.mariadb();
    try (Connection connection = mariadb.connect()) {
      MigrationLock lock = MigrationLock.on(connection, 424243);
      assertThat(lock.acquire(Duration.ofSeconds(5))).isTrue();

      assertThat(lock.release()).isTrue();
      assertThat(lock.release()).as("not held any more").isFalse();
    }
  }
}
