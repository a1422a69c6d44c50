package io.djk8s.core.probes.redis;

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
import io.djk8s.core.net.LineExchange;
import io.djk8s.core.net.Printable;
import io.djk8s.core.settings.Key;
import io.djk8s.core.settings.KeyReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ready when every configured Redis answers {@code PING} with {@code PONG}, after {@code AUTH} when
 * a password is configured. Each server is asked over a fresh connection (TLS for {@code rediss://}
 * servers, and for every {@code host:port} one with {@code djk8s.redis.tls}), all at once, the
 * whole exchange inside the probe's deadline. The password never appears in a body or a log line: a
 * server's error text is shown with it masked.
 */
@ProbeName("redis")
public class RedisProbe implements ReadinessProbe, AutoCloseable {

  /** The body of a not-ready answer. */
  public static final String NOT_READY_CONTENT = "redis: could not connect to redis";

  private RedisSettings settings;
  private Dialer plain;
  private Dialer tls;
  private Fanout fanout;
  private byte[] request;

  /**
   * Redis servers the probe PINGs: {@code host:port}, {@code redis://host[:port]} (plain) or {@code
   * rediss://host[:port]} (TLS), comma-separated.
   */
  public static final Key SERVERS = Key.list("djk8s.redis.servers", "", "servers to PING");

  /** The ACL user of the probe's {@code AUTH}; needs {@link #PASSWORD}. */
  public static final Key USERNAME = Key.text("djk8s.redis.username", "", "ACL user of AUTH");

  /** The password of the probe's {@code AUTH}; never logged. */
  public static final Key PASSWORD = Key.secret("djk8s.redis.password", "password of AUTH");

  /**
   * Whether the probe speaks TLS to every {@code host:port} server, as to a {@code rediss://} one,
   * verifying its certificate against the JVM's trust store and its host name.
   */
  public static final Key TLS =
      Key.bool("djk8s.redis.tls", false, "TLS to every server, JVM trust store");

  /** The declaration of the built-in {@code redis} probe. */
  public static final BuiltInProbe DESCRIPTOR =
      new BuiltInProbe(
          "redis",
          RedisProbe.class,
          true,
          List.of(SERVERS, USERNAME, PASSWORD, TLS),
          RedisProbe::validate,
          RedisProbe::new);

  private RedisProbe(KeyReader config, ProbeHost host) {
    init(RedisSettings.read(config), Dialer.PLAIN, Dialer.TLS);
  }

  /**
   * A probe on given connections, for tests: {@code Dialer.tls(Dialer.PLAIN, factory)} with a
   * test's own trust store for TLS.
   *
   * @param settings the configuration
   * @param dialer opens each connection
   */
  RedisProbe(RedisSettings settings, Dialer dialer) {
    init(settings, dialer, dialer);
  }

  /**
   * A probe with a dialer of its own for TLS servers, for tests.
   *
   * @param settings the configuration
   * @param plain opens connections to plain servers
   * @param tls opens connections to TLS servers
   */
  RedisProbe(RedisSettings settings, Dialer plain, Dialer tls) {
    init(settings, plain, tls);
  }

  private void init(RedisSettings settings, Dialer plain, Dialer tls) {
    this.settings = settings;
    this.plain = plain;
    this.tls = tls;
    this.fanout = new Fanout("djk8s-redis");
    this.request = request(settings);
  }

  /**
   * Reads this probe's configuration into a reader that collects its problems: the deployment
   * check.
   *
   * @param config collects problems
   */
  public static void validate(KeyReader config) {
    RedisSettings.read(config);
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    IoDeadline deadline = IoDeadline.of(context);
    Map<HostPort, String> failures =
        fanout.failures(settings.servers(), server -> ping(server, deadline), deadline);
    if (!failures.isEmpty()) {
      throw new NotReady(
          NOT_READY_CONTENT,
          failures.size()
              + " of "
              + settings.servers().size()
              + " redis server"
              + (settings.servers().size() == 1 ? "" : "s")
              + " failed: "
              + failures.entrySet().stream()
                  .map(failure -> failure.getKey() + ": " + masked(failure.getValue()))
                  .collect(Collectors.joining("; ")),
          null);
    }
  }

  private void ping(HostPort server, IoDeadline deadline) throws IOException {
    boolean auth = settings.password().isPresent();
    List<String> answers =
        LineExchange.exchange(
            settings.overTls().contains(server) ? tls : plain,
            server,
            request,
            auth ? 2 : 1,
            deadline,
            this::masked);
    if (auth && !answers.get(0).equals("+OK")) {
      throw new IOException("AUTH was refused: " + Printable.quote(masked(answers.get(0))));
    }
    String pong = answers.get(auth ? 1 : 0);
    if (pong.startsWith("-NOAUTH")) {
      throw new IOException(
          "the server requires a password (set djk8s.redis.password): " + Printable.quote(pong));
    }
    if (!pong.equals("+PONG")) {
      throw new IOException(
          "unexpected answer to PING: " + Printable.quote(masked(pong)) + "; is it Redis?");
    }
  }

  /**
   * The text with the password masked, whether it is the password itself or its UTF-8 bytes as the
   * wire decodes them (a password with non-ASCII characters), before any cut at the quote length,
   * so no part of it survives.
   */
  private String masked(String text) {
    String out = text;
    if (settings.password().isPresent() && !settings.password().get().isEmpty()) {
      String password = settings.password().get();
      String onTheWire =
          new String(password.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      out = out.replace(password, "***").replace(onTheWire, "***");
    }
    return out;
  }

  /** {@code AUTH} (when configured) and {@code PING}, pipelined, as RESP arrays. */
  static byte[] request(RedisSettings settings) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (settings.password().isPresent()) {
      if (settings.username().isPresent()) {
        command(out, "AUTH", settings.username().get(), settings.password().get());
      } else {
        command(out, "AUTH", settings.password().get());
      }
    }
    command(out, "PING");
    return out.toByteArray();
  }

  private static void command(ByteArrayOutputStream out, String... parts) {
    out.writeBytes(("*" + parts.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
    for (String part : parts) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      out.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.writeBytes(bytes);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
  }

  @Override
  public void close() {
    fanout.close();
  }
}
