package io.djk8s.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A connection that arrives after the bound is closed, not leaked until the process exits. */
class BoundedConnectTest {

  /** A datasource whose connections arrive when the test says so, and count their closes. */
  private static final class SlowDataSource implements DataSource {
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();

    @Override
    public Connection getConnection() throws SQLException {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted");
      }
      opened.incrementAndGet();
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if (method.getName().equals("close")) {
                  closed.incrementAndGet();
                  return null;
                }
                if (method.getName().equals("isValid")) {
                  return true;
                }
                throw new UnsupportedOperationException(method.getName());
              });
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }

  @Test
  void aConnectionThatArrivesAfterTheBoundIsClosed() {
    SlowDataSource slow = new SlowDataSource();

    assertThatThrownBy(() -> BoundedConnect.connect(slow, Duration.ofMillis(100)))
        .isInstanceOf(SQLException.class)
        .hasMessage("no connection within 100 ms");
    slow.release.countDown();

    await("the late connection is closed")
        .atMost(Duration.ofSeconds(10))
        .until(() -> slow.opened.get() == 1 && slow.closed.get() == 1);
  }

  @Test
  void aConnectionWithinTheBoundIsHandedOverOpen() throws Exception {
    SlowDataSource fast = new SlowDataSource();
    fast.release.countDown();

    try (Connection connection = BoundedConnect.connect(fast, Duration.ofSeconds(10))) {
      assertThat(fast.closed).as("still open while the caller holds it").hasValue(0);
      assertThat(connection.isValid(1)).isTrue();
    }
    assertThat(fast.closed).hasValue(1);
  }
}
