package io.djk8s.http;

import io.djk8s.testing.JdbcEndpoint;
import io.djk8s.testing.PrivateDatabase;
import io.djk8s.testing.PrivatePostgres;
import io.djk8s.testing.Services;

/** The database probe against real PostgreSQL: the machine's, and a private cluster. */
class PostgresDatabaseProbeEndpointIT extends DatabaseProbeEndpointScenarios {

  @Override
  JdbcEndpoint shared() {
    return Services.postgres();
  }

  @Override
  PrivateDatabase startPrivate() throws Exception {
    return PrivatePostgres.launch("right-" + SECRET.hashCode());
  }

  @Override
  String urlOnPort(int port) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/test";
  }

  @Override
  JdbcEndpoint wrongPassword(PrivateDatabase database) {
    JdbcEndpoint right = database.endpoint();
    return new JdbcEndpoint(right.url(), right.user(), SECRET);
  }

  @Override
  String engine() {
    return "PostgreSQL";
  }
}
