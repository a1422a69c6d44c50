package io.djk8s.core.probes.tcp;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import io.djk8s.core.builtin.BuiltInProbe;
import io.djk8s.core.builtin.ProbeHost;
import io.djk8s.core.net.Dialer;
import io.djk8s.core.net.Fanout;
import io.djk8s.core.net.HostPort;
import io.djk8s.core.net.IoDeadline;
import io.djk8s.core.settings.Key;
import io.djk8s.core.settings.KeyReader;
import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ready when a TCP connection to every target of {@code djk8s.tcp.targets} opens within the probe's
 * deadline, as the kubelet's {@code tcpSocket} probe does. Targets are tried at once.
 */
@ProbeName("tcp")
public class TcpProbe implements ReadinessProbe, AutoCloseable {

  /** The body of a not-ready answer. */
  public static final String NOT_READY_CONTENT = "tcp: could not connect";

  private List<HostPort> targets;
  private Dialer dialer;
  private Fanout fanout;

  /** Targets ({@code host:port,...}) the probe connects to. */
  public static final Key TARGETS = Key.list("djk8s.tcp.targets", "", "targets to connect to");

  /** The declaration of the built-in {@code tcp} probe. */
  public static final BuiltInProbe DESCRIPTOR =
      new BuiltInProbe(
          "tcp", TcpProbe.class, true, List.of(TARGETS), TcpProbe::validate, TcpProbe::new);

  private TcpProbe(KeyReader config, ProbeHost host) {
    init(targets(config), Dialer.PLAIN);
  }

  TcpProbe(List<HostPort> targets, Dialer dialer) {
    init(targets, dialer);
  }

  private void init(List<HostPort> targets, Dialer dialer) {
    this.targets = List.copyOf(targets);
    this.dialer = dialer;
    this.fanout = new Fanout("djk8s-tcp");
  }

  /**
   * Reads {@code djk8s.tcp.targets}; at least one is needed.
   *
   * @param config the configuration
   * @return the targets
   */
  static List<HostPort> targets(KeyReader config) {
    List<HostPort> targets = config.hostPorts(TARGETS, "db.internal:5432");
    if (targets.isEmpty() && config.problems().isEmpty()) {
      config.problem(
          TARGETS,
          "",
          "the tcp probe is selected but has no target; list host:port, for example"
              + " 'db.internal:5432'");
    }
    return targets;
  }

  /**
   * Reads this probe's configuration into a reader that collects its problems: the deployment
   * check.
   *
   * @param config collects problems
   */
  public static void validate(KeyReader config) {
    targets(config);
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    IoDeadline deadline = IoDeadline.of(context);
    Map<HostPort, String> failures =
        fanout.failures(targets, target -> connect(target, deadline), deadline);
    if (!failures.isEmpty()) {
      throw new NotReady(
          NOT_READY_CONTENT,
          failures.size()
              + " of "
              + targets.size()
              + " TCP target"
              + (targets.size() == 1 ? "" : "s")
              + " failed: "
              + failures.entrySet().stream()
                  .map(failure -> failure.getKey() + ": " + failure.getValue())
                  .collect(Collectors.joining("; ")),
          null);
    }
  }

  private void connect(HostPort target, IoDeadline deadline) throws IOException {
    try (Socket socket = dialer.connect(target, deadline.left("connect"))) {
      socket.getPort(); // connected: nothing more to ask
    }
  }

  @Override
  public void close() {
    fanout.close();
  }
}
