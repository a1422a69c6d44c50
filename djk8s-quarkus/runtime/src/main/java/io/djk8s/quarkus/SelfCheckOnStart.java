package io.djk8s.quarkus;

import io.djk8s.core.selfcheck.SelfCheck;
import io.djk8s.core.selfcheck.SelfCheckFailure;
import io.djk8s.core.selfcheck.SelfCheckMode;
import io.djk8s.core.settings.SettingsSource;
import io.quarkus.runtime.Quarkus;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The start-up self-check on Quarkus: once the HTTP server listens ({@code HttpServerStart}, which
 * Quarkus fires asynchronously after {@code StartupEvent}), requests djk8s's own probe paths over
 * loopback as the kubelet would ({@code http://127.0.0.1:<port>}, or {@code djk8s.self-check.url})
 * and logs one WARNING per path the kubelet would trip over. Under {@code djk8s.self-check=fail}
 * the start has already happened, so a problem makes the application exit with status 1 ({@code
 * Quarkus.asyncExit}): the container restarts and its log says why. With a random port ({@code
 * quarkus.http.port=0}) and no {@code djk8s.self-check.url}, it is skipped with an INFO line.
 */
@Singleton
public class SelfCheckOnStart {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  @Inject Djk8sLifecycle lifecycle;

  private volatile Optional<List<SelfCheck.Problem>> outcome = Optional.empty();

  /** Created by ArC. */
  public SelfCheckOnStart() {}

  /**
   * What the check found, once it has run.
   *
   * @return the problems, none when it passed; empty before it ran, or when it was off or skipped
   */
  public Optional<List<SelfCheck.Problem>> outcome() {
    return outcome;
  }

  void listening(@ObservesAsync HttpServerStart start) {
    SettingsSource source = QuarkusSettings.of(ConfigProvider.getConfig());
    SelfCheckMode mode;
    try {
      mode = SelfCheckMode.of(source);
    } catch (IllegalStateException e) {
      LOG.warning("djk8s self-check off: " + e.getMessage());
      return;
    }
    if (mode == SelfCheckMode.OFF) {
      return;
    }
    Optional<String> url = source.value(SelfCheckMode.URL_KEY).filter(value -> !value.isBlank());
    int port = start.options().getPort();
    if (url.isEmpty() && port <= 0) {
      LOG.info(
          "djk8s self-check skipped: the HTTP port is chosen at random; set "
              + SelfCheckMode.URL_KEY);
      return;
    }
    URI base = URI.create(url.orElse("http://127.0.0.1:" + port));
    try {
      List<SelfCheck.Problem> problems =
          SelfCheck.standard().run(mode, lifecycle.service().settings(), base);
      outcome = Optional.of(problems);
      if (problems.isEmpty()) {
        LOG.info("djk8s self-check passed: every probe path answers as the kubelet expects");
      }
    } catch (SelfCheckFailure e) {
      outcome = Optional.of(e.problems());
      LOG.log(Level.SEVERE, e.getMessage() + ": the application exits (djk8s.self-check=fail)");
      Quarkus.asyncExit(1);
    }
  }
}
