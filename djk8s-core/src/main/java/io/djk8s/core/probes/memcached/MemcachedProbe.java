package io.djk8s.core.probes.memcached;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import io.djk8s.core.builtin.BuiltInProbe;
import io.djk8s.core.builtin.ProbeHost;
import io.djk8s.core.engine.ReadyNote;
import io.djk8s.core.net.Dialer;
import io.djk8s.core.net.Fanout;
import io.djk8s.core.net.HostPort;
import io.djk8s.core.net.IoDeadline;
import io.djk8s.core.net.LineExchange;
import io.djk8s.core.net.Printable;
import io.djk8s.core.settings.Key;
import io.djk8s.core.settings.KeyReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Ready when every memcached node answers {@code version}: one node down is not ready, as
 * django-kubernetes intended. Nodes come from {@code djk8s.memcached.servers} and from the
 * application's spymemcached client beans; each is asked over a fresh connection, all at once, with
 * connect and read timeouts inside the probe's deadline. With no node at all the probe passes and
 * logs that it checks nothing.
 */
@ProbeName("memcached")
public class MemcachedProbe implements ReadinessProbe, ReadyNote, AutoCloseable {

  /** The body of a not-ready answer. */
  public static final String NOT_READY_CONTENT = "memcached: could not connect to cache";

  /** The verbose note when no memcached server is configured or found. */
  static final String NOTHING_CHECKED = "no memcached server configured, nothing checked";

  private static final Logger LOG = Logger.getLogger("io.djk8s");
  private static final byte[] VERSION = "version\r\n".getBytes(StandardCharsets.US_ASCII);

  private final NodeSource source;
  private final Dialer dialer;
  private final Fanout fanout;
  private volatile List<HostPort> nodes;

  /** Where the nodes come from, asked until it answers once. */
  @FunctionalInterface
  interface NodeSource {
    /**
     * The nodes and a description of where they came from.
     *
     * @return the nodes and a log line
     * @throws ReflectiveOperationException when a client bean cannot be read
     */
    Nodes nodes() throws ReflectiveOperationException;
  }

  /**
   * Nodes and their origin.
   *
   * @param nodes the nodes, without duplicates
   * @param origin where they came from, for the log
   */
  record Nodes(List<HostPort> nodes, String origin) {}

  /** Memcached nodes ({@code host:port,...}) the probe checks. */
  public static final Key SERVERS =
      Key.list("djk8s.memcached.servers", "", "memcached nodes to check").essential();

  /** Whether the probe also checks the nodes of spymemcached client beans. */
  public static final Key DISCOVER_CLIENTS =
      Key.bool("djk8s.memcached.discover-clients", true, "also check spymemcached client beans");

  /** The declaration of the built-in {@code memcached} probe. */
  public static final BuiltInProbe DESCRIPTOR =
      new BuiltInProbe(
          "memcached",
          MemcachedProbe.class,
          true,
          List.of(SERVERS, DISCOVER_CLIENTS),
          MemcachedProbe::validate,
          MemcachedProbe::new);

  private MemcachedProbe(KeyReader config, ProbeHost host) {
    this(configured(config, host), Dialer.PLAIN);
  }

  MemcachedProbe(NodeSource source, Dialer dialer) {
    this.source = source;
    this.dialer = dialer;
    this.fanout = new Fanout("djk8s-memcached");
  }

  private static NodeSource configured(KeyReader config, ProbeHost host) {
    MemcachedSettings settings = MemcachedSettings.read(config);
    return () -> {
      List<HostPort> all = new ArrayList<>(settings.servers());
      List<String> origins = new ArrayList<>();
      if (!settings.servers().isEmpty()) {
        origins.add(SERVERS + " " + settings.servers());
      }
      if (settings.discoverClients()) {
        MemcachedClients.Found found = MemcachedClients.discover(host);
        found.nodes().stream().filter(node -> !all.contains(node)).forEach(all::add);
        origins.addAll(found.sources());
      }
      return new Nodes(all, String.join("; ", origins));
    };
  }

  /**
   * Reads this probe's configuration into a reader that collects its problems: the deployment
   * check.
   *
   * @param config collects problems
   */
  public static void validate(KeyReader config) {
    MemcachedSettings.read(config);
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    List<HostPort> known = nodes();
    if (known.isEmpty()) {
      return;
    }
    IoDeadline deadline = IoDeadline.of(context);
    Map<HostPort, String> failures = fanout.failures(known, node -> ask(node, deadline), deadline);
    if (!failures.isEmpty()) {
      throw new NotReady(NOT_READY_CONTENT, describe(failures, known.size()), null);
    }
  }

  /** Says, in verbose output, that nothing was checked when no node is known. */
  @Override
  public String readyNote() {
    List<HostPort> known = nodes;
    return known != null && known.isEmpty() ? NOTHING_CHECKED : "";
  }

  private void ask(HostPort node, IoDeadline deadline) throws IOException {
    String answer = LineExchange.exchange(dialer, node, VERSION, 1, deadline).get(0);
    if (!answer.startsWith("VERSION ")) {
      throw new IOException(
          "unexpected answer to 'version': " + Printable.quote(answer) + "; is it memcached?");
    }
  }

  private List<HostPort> nodes() throws NotReady {
    List<HostPort> known = nodes;
    if (known != null) {
      return known;
    }
    Nodes found;
    try {
      found = source.nodes();
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new NotReady(
          NOT_READY_CONTENT, "could not read the application's memcached client: " + e, e);
    }
    nodes = found.nodes();
    LOG.info(
        () ->
            found.nodes().isEmpty()
                ? "djk8s: memcached probe found no memcached server ("
                    + SERVERS
                    + " is empty and no spymemcached client bean was found); it checks nothing"
                : "djk8s: memcached probe checks "
                    + found.nodes()
                    + " (from "
                    + found.origin()
                    + ")");
    return found.nodes();
  }

  private static String describe(Map<HostPort, String> failures, int total) {
    return failures.size()
        + " of "
        + total
        + " memcached node"
        + (total == 1 ? "" : "s")
        + " failed: "
        + failures.entrySet().stream()
            .map(failure -> failure.getKey() + ": " + failure.getValue())
            .collect(Collectors.joining("; "));
  }

  @Override
  public void close() {
    if (fanout != null) {
      fanout.close();
    }
  }
}
