package io.djk8s.core.net;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Opens TCP connections: the one door to the network of the socket-based probes, replaced by a fake
 * in unit tests.
 */
@FunctionalInterface
public interface Dialer {

  /** Plain TCP, names resolved by {@link Resolver#SYSTEM}. */
  Dialer PLAIN = plain(Resolver.SYSTEM);

  /**
   * Plain TCP: the name resolved within the timeout, then the connect within what is left of it.
   * Errors say {@code DNS lookup timed out after N ms}, {@code unknown host}, {@code connect timed
   * out after N ms} or {@code connection refused}, without the host.
   *
   * @param resolver resolves host names
   * @return the dialer
   */
  static Dialer plain(Resolver resolver) {
    return (target, timeout) -> {
      long deadline = System.nanoTime() + timeout.toNanos();
      InetAddress address = resolver.resolve(target.host(), timeout);
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new SocketTimeoutException("no time left to connect after the DNS lookup");
      }
      Socket socket = new Socket();
      try {
        socket.setTcpNoDelay(true);
        socket.connect(
            new InetSocketAddress(address, target.port()),
            IoDeadline.millisAtLeastOne(Duration.ofNanos(left)));
        return socket;
      } catch (SocketTimeoutException e) {
        socket.close();
        throw new SocketTimeoutException("connect timed out after " + timeout.toMillis() + " ms");
      } catch (ConnectException e) {
        socket.close();
        throw new ConnectException(Refused.describe(e));
      } catch (IOException | RuntimeException e) {
        socket.close();
        throw e;
      }
    };
  }

  /** TLS over {@link #PLAIN}, trusting the JVM's default trust store. */
  Dialer TLS = tls(PLAIN, () -> (SSLSocketFactory) SSLSocketFactory.getDefault());

  /**
   * TLS over another dialer's connection, verifying the server's certificate against the factory's
   * trust store and its name against the target's host name ({@code HTTPS} endpoint
   * identification). The timeout bounds the whole connection: the handshake and every later read,
   * since a TLS record may trickle in a byte at a time, so the connection is closed when it passes.
   *
   * @param tcp opens the TCP connection
   * @param factory the TLS sockets' factory, asked on the first connection; for example the JVM's
   *     default, whose trust store {@code javax.net.ssl.trustStore} sets
   * @return the dialer
   */
  static Dialer tls(Dialer tcp, Supplier<SSLSocketFactory> factory) {
    return (target, timeout) -> {
      long deadline = System.nanoTime() + timeout.toNanos();
      Socket raw = tcp.connect(target, timeout);
      Cutoff.closeAt(raw, deadline);
      try {
        SSLSocket tls =
            (SSLSocket) factory.get().createSocket(raw, target.host(), target.port(), true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new SocketTimeoutException("no time left for the TLS handshake");
        }
        tls.setSoTimeout(IoDeadline.millisAtLeastOne(Duration.ofNanos(left)));
        tls.startHandshake();
        return tls;
      } catch (IOException | RuntimeException e) {
        raw.close();
        if (e instanceof SocketTimeoutException || System.nanoTime() - deadline >= 0) {
          throw new SocketTimeoutException(TlsFailure.timedOut(timeout));
        }
        if (e instanceof SSLException ssl) {
          throw new SSLException(TlsFailure.describe(ssl));
        }
        throw e;
      }
    };
  }

  /**
   * Connects.
   *
   * @param target where
   * @param timeout the time left for the connection, positive
   * @return a connected socket, which the caller closes
   * @throws IOException when the connection fails or times out
   */
  Socket connect(HostPort target, Duration timeout) throws IOException;
}
