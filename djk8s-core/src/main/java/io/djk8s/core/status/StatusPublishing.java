package io.djk8s.core.status;

import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.settings.Djk8sKeys;
import io.djk8s.core.settings.KeyReader;
import io.djk8s.core.settings.SettingsSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the status files of {@code djk8s.status.dir} current for exec probes in file mode: marks
 * both files "starting" in this process's name first, then refreshes them every {@code
 * djk8s.status.interval} on a thread of its own, and marks them "shutting down" on stop. Every host
 * (CDI, Quarkus) starts one when the application has started.
 */
public final class StatusPublishing implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final ScheduledExecutorService scheduler;
  private final StatusWriter writer;

  private StatusPublishing(ScheduledExecutorService scheduler, StatusWriter writer) {
    this.scheduler = scheduler;
    this.writer = writer;
  }

  /**
   * Starts writing the status files when {@code djk8s.status.dir} is set.
   *
   * @param service the engine whose probes the files report
   * @param settings the configuration
   * @return the running publisher, empty when no status directory is configured
   * @throws IllegalArgumentException naming the key and value of a bad interval
   */
  public static Optional<StatusPublishing> start(ProbeService service, SettingsSource settings) {
    KeyReader keys = new KeyReader(settings);
    Optional<String> dir = keys.optional(Djk8sKeys.STATUS_DIR);
    if (dir.isEmpty()) {
      return Optional.empty();
    }
    Duration interval = keys.duration(Djk8sKeys.STATUS_INTERVAL);
    if (!keys.problems().isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", keys.problems()));
    }
    Path directory = Path.of(dir.get());
    try {
      StatusWriter.starting(directory, Clock.systemUTC());
    } catch (IOException e) {
      // readers still reject what a previous process left: it names that process as its writer
      LOG.log(
          Level.WARNING,
          "djk8s: " + Djk8sKeys.STATUS_DIR + "='" + dir.get() + "': cannot write the status files",
          e);
    }
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
    LOG.info(
        () ->
            "djk8s: writing status files to "
                + directory
                + " every "
                + interval.toMillis()
                + " ms");
    return Optional.of(new StatusPublishing(scheduler, writer));
  }

  /** Stops refreshing and marks the files "shutting down". */
  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    writer.stopping();
  }
}
