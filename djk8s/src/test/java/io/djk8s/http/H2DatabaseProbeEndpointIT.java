package io.djk8s.http;

import io.djk8s.testing.JdbcEndpoint;
import io.djk8s.testing.PrivateDatabase;
import io.djk8s.testing.PrivateH2;

/**
 * The database probe against H2: embedded in memory when ready, its TCP server for stopped and
 * started again, black holes and the wrong password.
 */
class H2DatabaseProbeEndpointIT extends DatabaseProbeEndpointScenarios {

  @Override
  JdbcEndpoint shared() {
    return new JdbcEndpoint("jdbc:h2:mem:djk8s_ready;DB_CLOSE_DELAY=-1", "sa", "");
  }

  @Override
  PrivateDatabase startPrivate() throws Exception {
    return PrivateH2.launch("right-" + SECRET.hashCode());
  }

  @Override
  String urlOnPort(int port) {
    return "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:none";
  }

  @Override
  JdbcEndpoint wrongPassword(PrivateDatabase database) {
    JdbcEndpoint right = database.endpoint();
    return new JdbcEndpoint(right.url(), right.user(), SECRET);
  }

  @Override
  String engine() {
    return "H2";
  }
}
