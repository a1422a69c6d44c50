package io.djk8s.core.net;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Resolves host names within a deadline. The JDK's lookup can neither be timed out nor interrupted,
 * so it runs on a small pool of daemon threads ({@code djk8s-dns-N}, a fixed maximum, ending when
 * idle) and the caller waits only up to its own deadline, then fails {@code DNS lookup timed out}.
 * Lookups are single-flight per name: a caller asking for a name whose lookup is running joins it,
 * so a lookup that hangs holds one thread however often it is asked, and names beyond the pool's
 * size wait in its queue. Address literals are parsed on the caller's thread, without a lookup.
 */
public final class Resolver implements AutoCloseable {

  /** The JVM's resolver (its address cache included), on at most four threads. */
  public static final Resolver SYSTEM = new Resolver(InetAddress::getByName, 4);

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  /** One lookup of a name; the JDK's, or a test's. */
  @FunctionalInterface
  public interface Lookup {
    /**
     * Looks a name up; may block for as long as the system's resolver does.
     *
     * @param host a host name
     * @return its first address
     * @throws UnknownHostException when it has none
     */
    InetAddress lookup(String host) throws UnknownHostException;
  }

  private final Lookup lookup;
  private final Flights<String, InetAddress> lookups;

  /**
   * A resolver with its own threads.
   *
   * @param lookup looks one name up
   * @param maxThreads the most lookups that run at once
   */
  public Resolver(Lookup lookup, int maxThreads) {
    this.lookup = lookup;
    this.lookups = new Flights<>("djk8s-dns", maxThreads);
  }

  /**
   * The address of a host, or the host itself when it is an address literal.
   *
   * @param host a host name or an IPv4 or IPv6 literal, without brackets
   * @param timeout how long to wait at most
   * @return the address
   * @throws IOException {@code DNS lookup timed out after N ms}, or {@code unknown host}; neither
   *     message names the host
   */
  public InetAddress resolve(String host, Duration timeout) throws IOException {
    if (host.indexOf(':') >= 0 || IPV4.matcher(host).matches()) {
      return InetAddress.getByName(host); // a literal: parsed, never looked up
    }
    try {
      return lookups
          .join(host, () -> lookup.lookup(host))
          .get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new SocketTimeoutException("DNS lookup timed out after " + timeout.toMillis() + " ms");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof UnknownHostException
          ? new UnknownHostException("unknown host (the DNS lookup found no address)")
          : new IOException("DNS lookup failed (" + e.getCause().getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted during the DNS lookup");
    }
  }

  /** Stops the threads; lookups in flight are abandoned. */
  @Override
  public void close() {
    lookups.close();
  }
}
