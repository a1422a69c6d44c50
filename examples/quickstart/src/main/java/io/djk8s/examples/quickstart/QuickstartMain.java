package io.djk8s.examples.quickstart;

import io.djk8s.config.MicroProfileSettings;
import io.djk8s.core.selfcheck.SelfCheck;
import io.djk8s.core.selfcheck.SelfCheckMode;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsSource;
import jakarta.ws.rs.SeBootstrap;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts the quickstart on the embedded runtime (Weld SE, Jersey on the JDK's HTTP server, SmallRye
 * Health and Config) at {@code http://127.0.0.1:8080}; {@code quickstart.host} and {@code
 * quickstart.port} (env {@code QUICKSTART_HOST}, {@code QUICKSTART_PORT}) change the address.
 */
public final class QuickstartMain {

  private QuickstartMain() {}

  /**
   * Starts the server and serves until the process is stopped.
   *
   * @param args ignored
   * @throws Exception when the server cannot start
   */
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    // The JDK server otherwise waits on Nagle's algorithm against delayed ACKs (~40 ms a request).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Config config = ConfigProvider.getConfig();
    String host = config.getOptionalValue("quickstart.host", String.class).orElse("127.0.0.1");
    int port = config.getOptionalValue("quickstart.port", Integer.class).orElse(8080);
    SeBootstrap.Instance server =
        SeBootstrap.start(
                new QuickstartApplication(),
                SeBootstrap.Configuration.builder().host(host).port(port).build())
            .toCompletableFuture()
            .get(60, TimeUnit.SECONDS);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.printf(
        "djk8s quickstart listening on http://%s:%d/ (started in %d ms)%n"
            + "  try: curl -i http://%s:%d/readyz%n",
        host, server.configuration().port(), millis, host, server.configuration().port());
    // djk8s's start-up self-check: its own probe paths over loopback, as the kubelet requests them
    // (djk8s.self-check=warn|fail|off; fail throws, and the start fails).
    SettingsSource settings = MicroProfileSettings.of(config);
    SelfCheck.standard()
        .run(
            SelfCheckMode.of(settings),
            SettingsReader.read(settings).settings().orElseThrow(),
            URI.create("http://" + host + ":" + server.configuration().port()));
    // No shutdown hook of our own that stops the server: on SIGTERM, djk8s's hook turns /readyz to
    // 503 and holds the JVM for djk8s.shutdown.drain (default 5s) while Weld's hook, held by the
    // same drain, keeps the application serving; then the JVM exits. Stopping the server here
    // would close the listener at once and defeat the drain.
    new CountDownLatch(1).await();
  }
}
