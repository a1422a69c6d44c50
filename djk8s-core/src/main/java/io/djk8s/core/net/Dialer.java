package io.djk8s.core.net;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;

/**
 * Opens TCP connections: the one door to the network of the socket-based probes, replaced by a fake
 * in unit tests.
 */
@FunctionalInterface
public interface Dialer {

  /** Plain TCP with the connect timeout applied to the real connect. */
  Dialer PLAIN =
      (target, timeout) -> {
        Socket socket = new Socket();
        try {
          socket.setTcpNoDelay(true);
          socket.connect(target.address(), IoDeadline.millisAtLeastOne(timeout));
          return socket;
        } catch (IOException | RuntimeException e) {
          socket.close();
          throw e;
        }
      };

  /**
   * Connects.
   *
   * @param target where
   * @param timeout the connect timeout, positive
   * @return a connected socket, which the caller closes
   * @throws IOException when the connection fails or times out
   */
  Socket connect(HostPort target, Duration timeout) throws IOException;
}
