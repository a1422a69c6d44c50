package io.djk8s.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.awaitility.Awaitility;

/**
 * A real server (memcached, redis-server) started by the test as a child process on a free loopback
 * port, stopped by its PID, and restartable on the same port.
 */
public final class ServerProcess implements AutoCloseable {

  private final String name;
  private final IntFunction<List<String>> command;
  private final byte[] hello;
  private final String expected;
  private final int port;
  private final Path log;
  private Process process;

  private ServerProcess(
      String name, IntFunction<List<String>> command, String hello, String expected, int port)
      throws IOException {
    this.name = name;
    this.command = command;
    this.hello = hello.getBytes(StandardCharsets.US_ASCII);
    this.expected = expected;
    this.port = port;
    this.log = Files.createTempFile("djk8s-" + name + "-", ".log");
  }

  /**
   * A memcached on a free port, or the test is skipped (failed in CI) when the binary is missing.
   *
   * @return the running server
   * @throws Exception when it does not start
   */
  public static ServerProcess memcached() throws Exception {
    Path binary =
        binary("memcached")
            .orElseThrow(
                () -> {
                  Services.missing("memcached binary (install it with .ci/services/memcached.sh)");
                  return new AssertionError("unreachable");
                });
    boolean root = "root".equals(System.getProperty("user.name"));
    ServerProcess server =
        new ServerProcess(
            "memcached",
            port -> {
              List<String> args = new ArrayList<>();
              args.add(binary.toString());
              if (root) {
                args.add("-u");
                args.add("memcache");
              }
              args.addAll(List.of("-l", "127.0.0.1", "-p", Integer.toString(port), "-m", "16"));
              return args;
            },
            "version\r\n",
            "VERSION ",
            freePort());
    server.start();
    return server;
  }

  /**
   * A private redis-server on a free port that requires a password, or the test is skipped (failed
   * in CI) when the binary is missing.
   *
   * @param password the password it requires
   * @return the running server
   * @throws Exception when it does not start
   */
  public static ServerProcess redisWithPassword(String password) throws Exception {
    return redis("redis", List.of("--requirepass", password), "-NOAUTH");
  }

  /**
   * A private redis-server without a password that speaks TLS on {@code tlsPort} and plain RESP on
   * {@link #port()} (so the test can see it has started), or the test is skipped (failed in CI)
   * when the binary is missing. Clients need not present a certificate.
   *
   * @param certificate the certificate it presents
   * @param tlsPort the TLS port, for example from {@link #freePort()}
   * @return the running server
   * @throws Exception when it does not start (a redis-server built without TLS exits at once)
   */
  public static ServerProcess redisWithTls(SelfSignedCertificate certificate, int tlsPort)
      throws Exception {
    String cert = certificate.certificateFile().toString();
    return redis(
        "redis-tls",
        List.of(
            "--tls-port",
            Integer.toString(tlsPort),
            "--tls-cert-file",
            cert,
            "--tls-key-file",
            certificate.privateKeyFile().toString(),
            "--tls-ca-cert-file",
            cert,
            "--tls-auth-clients",
            "no"),
        "+PONG");
  }

  /** A private redis-server on a free loopback port, without persistence, ready when it answers. */
  private static ServerProcess redis(String name, List<String> options, String answerToPing)
      throws Exception {
    Path binary =
        binary("redis-server")
            .orElseThrow(
                () -> {
                  Services.missing("redis-server binary (apt-get install redis-server)");
                  return new AssertionError("unreachable");
                });
    ServerProcess server =
        new ServerProcess(
            name,
            port -> {
              List<String> args =
                  new ArrayList<>(
                      List.of(
                          binary.toString(),
                          "--port",
                          Integer.toString(port),
                          "--bind",
                          "127.0.0.1",
                          "--save",
                          "",
                          "--appendonly",
                          "no"));
              args.addAll(options);
              return args;
            },
            "PING\r\n",
            answerToPing,
            freePort());
    server.start();
    return server;
  }

  /**
   * The port it listens on, the same across restarts.
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * The {@code host:port} form used in configuration.
   *
   * @return {@code 127.0.0.1:port}
   */
  public String address() {
    return "127.0.0.1:" + port;
  }

  /**
   * Starts the process and waits until it answers.
   *
   * @throws Exception when it does not answer within 10 s
   */
  public void start() throws Exception {
    process =
        new ProcessBuilder(command.apply(port))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    try {
      Awaitility.await(name + " answering on port " + port)
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(20))
          .until(
              () -> {
                if (!process.isAlive()) {
                  throw new IllegalStateException(
                      name + " exited with " + process.exitValue() + ": " + Files.readString(log));
                }
                return answers();
              });
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
  }

  /** Kills the process by its PID and waits until it is gone. */
  public void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  private boolean answers() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      socket.setSoTimeout(500);
      OutputStream out = socket.getOutputStream();
      out.write(hello);
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[expected.length()];
      int read = in.readNBytes(buffer, 0, buffer.length);
      return new String(buffer, 0, read, StandardCharsets.US_ASCII).equals(expected);
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    stop();
    try {
      Files.deleteIfExists(log);
    } catch (IOException ignored) {
      // a temp file
    }
  }

  /**
   * A port nothing listens on now.
   *
   * @return a free loopback port
   * @throws IOException when none is free
   */
  public static int freePort() throws IOException {
    return LoopbackPorts.free();
  }

  private static Optional<Path> binary(String name) {
    List<String> dirs = new ArrayList<>(List.of("/usr/bin", "/usr/local/bin", "/usr/sbin"));
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(0, List.of(path.split(java.io.File.pathSeparator)));
    }
    return dirs.stream().map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
  }
}
