package io.djk8s.servlet;

import io.djk8s.config.MicroProfileSettings;
import io.djk8s.core.selfcheck.SelfCheck;
import io.djk8s.core.selfcheck.SelfCheckFailure;
import io.djk8s.core.selfcheck.SelfCheckMode;
import io.djk8s.core.settings.Djk8sSettings;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsSource;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The start-up self-check in a servlet container, which djk8s learns the address of from the first
 * request: it then requests its own probe paths over loopback ({@code http://127.0.0.1:<local
 * port><context path>}, or {@code djk8s.self-check.url}) on a thread of its own. Under {@code
 * djk8s.self-check=fail} the start has already happened, so a failed check makes every probe path
 * answer 503 from then on: the kubelet restarts the container instead of keeping a misconfigured
 * one.
 */
final class ServletSelfCheck {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final AtomicBoolean started = new AtomicBoolean();
  private volatile Optional<Djk8sSettings> failedPaths = Optional.empty();

  /** Starts the check on the first request; later calls do nothing; never fails the request. */
  void firstRequest(HttpServletRequest request) {
    if (!started.compareAndSet(false, true)) {
      return;
    }
    try {
      start(request);
    } catch (RuntimeException e) {
      LOG.warning("djk8s self-check not run: " + e.getClass().getSimpleName());
    }
  }

  private void start(HttpServletRequest request) {
    SettingsSource source =
        MicroProfileSettings.of(
            ConfigProvider.getConfig(request.getServletContext().getClassLoader()));
    SelfCheckMode mode;
    try {
      mode = SelfCheckMode.of(source);
    } catch (IllegalStateException e) {
      LOG.warning("djk8s self-check off: " + e.getMessage());
      return;
    }
    Optional<Djk8sSettings> settings = SettingsReader.read(source).settings();
    if (mode == SelfCheckMode.OFF || settings.isEmpty()) {
      return;
    }
    URI base =
        URI.create(
            source
                .value(SelfCheckMode.URL_KEY)
                .filter(url -> !url.isBlank())
                .orElse("http://127.0.0.1:" + request.getLocalPort() + request.getContextPath()));
    Thread thread =
        new Thread(
            () -> {
              try {
                SelfCheck.standard().run(mode, settings.get(), base);
              } catch (SelfCheckFailure e) {
                LOG.log(Level.SEVERE, e.getMessage() + ": every probe path now answers 503");
                failedPaths = settings;
              }
            },
            "djk8s-self-check");
    thread.setDaemon(true);
    thread.start();
  }

  /** Whether the check failed under {@code fail} and the request is for a probe path. */
  boolean failedFor(HttpServletRequest request) {
    Optional<Djk8sSettings> failed = failedPaths;
    if (failed.isEmpty()) {
      return false;
    }
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    Djk8sSettings settings = failed.get();
    for (List<String> paths :
        List.of(settings.healthPaths(), settings.readyPaths(), settings.startupPaths())) {
      for (String probePath : paths) {
        if (path.equals(probePath) || path.startsWith(probePath + "/")) {
          return true;
        }
      }
    }
    return false;
  }
}
