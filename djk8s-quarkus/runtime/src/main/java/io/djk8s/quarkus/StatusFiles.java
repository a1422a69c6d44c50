package io.djk8s.quarkus;

import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.settings.Djk8sKeys;
import io.djk8s.core.settings.DurationText;
import io.djk8s.core.status.StatusWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The status files under {@code djk8s.status.dir}, refreshed every {@code djk8s.status.interval} by
 * core's {@link StatusWriter}, as on the other runtimes; an exec probe reads them.
 */
final class StatusFiles {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final ScheduledExecutorService scheduler;
  private final StatusWriter writer;

  private StatusFiles(ScheduledExecutorService scheduler, StatusWriter writer) {
    this.scheduler = scheduler;
    this.writer = writer;
  }

  /** Starts writing when {@code djk8s.status.dir} is set; otherwise returns {@code null}. */
  static StatusFiles start(ProbeService service) {
    Config config = ConfigProvider.getConfig();
    Optional<String> dir =
        config.getOptionalValue(Djk8sKeys.STATUS_DIR, String.class).filter(d -> !d.isBlank());
    if (dir.isEmpty()) {
      return null;
    }
    String text =
        config
            .getOptionalValue(Djk8sKeys.STATUS_INTERVAL, String.class)
            .orElse(Djk8sKeys.STATUS_INTERVAL_DEFAULT);
    Duration interval =
        DurationText.parse(text)
            .filter(d -> !d.isNegative() && !d.isZero())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        Djk8sKeys.STATUS_INTERVAL
                            + "='"
                            + text
                            + "': must be a positive duration, for example '5s'"));
    Path directory = Path.of(dir.get());
    StatusWriter writer =
        new StatusWriter(
            directory,
            service,
            service.probes(ProbeGroup.READINESS),
            service.probes(ProbeGroup.LIVENESS),
            Clock.systemUTC());
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "djk8s-status");
              thread.setDaemon(true);
              return thread;
            });
    scheduler.scheduleWithFixedDelay(
        writer::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info(() -> "djk8s: writing status files to " + directory + " every " + interval);
    return new StatusFiles(scheduler, writer);
  }

  void stop() {
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    writer.stopping();
  }
}
