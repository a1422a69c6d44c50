package io.djk8s.http;

import io.djk8s.testing.JdbcEndpoint;
import io.djk8s.testing.PrivateDatabase;
import io.djk8s.testing.PrivateMariaDb;
import io.djk8s.testing.Services;

/** The database probe against real MariaDB: the machine's, and a private server. */
class MariaDbDatabaseProbeEndpointIT extends DatabaseProbeEndpointScenarios {

  @Override
  JdbcEndpoint shared() {
    return Services.mariadb();
  }

  @Override
  PrivateDatabase startPrivate() throws Exception {
    return PrivateMariaDb.launch();
  }

  @Override
  String urlOnPort(int port) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/test";
  }

  @Override
  JdbcEndpoint wrongPassword(PrivateDatabase database) {
    JdbcEndpoint right = database.endpoint();
    return new JdbcEndpoint(right.url(), right.user(), SECRET);
  }

  @Override
  String engine() {
    return "MariaDB";
  }
}
