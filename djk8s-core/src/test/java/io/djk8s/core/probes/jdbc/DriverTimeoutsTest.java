package io.djk8s.core.probes.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DriverTimeoutsTest {

  @ParameterizedTest(name = "{0} within {1} ms: connect {2}, socket {3}")
  @CsvSource({
    "jdbc:postgresql://db:5432/app, 750, 1, 1",
    "jdbc:postgresql://db:5432/app, 1000, 1, 1",
    "jdbc:postgresql://db:5432/app, 1001, 2, 2",
    "jdbc:postgresql://db:5432/app, 0, 1, 1",
    "jdbc:mariadb://db:3306/app, 750, 750, 750",
    "jdbc:mysql://db:3306/app, 1200, 1200, 1200",
    "JDBC:MariaDB://db/app, 0, 1, 1",
  })
  void boundsTheDriversNetworkIoByTheTimeLeft(
      String url, long millis, String connect, String socket) {
    Properties properties = DriverTimeouts.forUrl(url, Duration.ofMillis(millis));

    assertThat(properties.getProperty("connectTimeout")).as("connectTimeout").isEqualTo(connect);
    assertThat(properties.getProperty("socketTimeout")).as("socketTimeout").isEqualTo(socket);
  }

  @ParameterizedTest
  @CsvSource({"jdbc:h2:mem:x", "jdbc:h2:tcp://db/x", "jdbc:oracle:thin:@db:1521/x"})
  void setsNothingForDriversWithoutAPerConnectionTimeout(String url) {
    assertThat(DriverTimeouts.forUrl(url, Duration.ofMillis(500))).isEmpty();
  }
}
