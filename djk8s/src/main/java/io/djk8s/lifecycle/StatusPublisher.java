package io.djk8s.lifecycle;

import io.djk8s.config.MicroProfileSettings;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.settings.Djk8sKeys;
import io.djk8s.core.settings.KeyReader;
import io.djk8s.core.status.StatusWriter;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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
 * Refreshes the status files every {@code djk8s.status.interval} while the application runs, when
 * {@code djk8s.status.dir} is configured; does nothing otherwise. {@code probe} in file mode reads
 * them, so an exec probe costs one file read (the launcher answers it in the shell), and no I/O
 * against the database. The first thing it does, before the engine is built, is to mark both files
 * not ready in this process's name, so nothing a previous process left behind is believed.
 */
@ApplicationScoped
public class StatusPublisher {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  @Inject ProbeService runtime;

  private ScheduledExecutorService scheduler;
  private StatusWriter writer;

  void start(
      // priority 0 (PLATFORM_BEFORE): before the application's own start-up observers
      @Observes @Priority(0) @Initialized(ApplicationScoped.class) Object started) {
    KeyReader keys = new KeyReader(MicroProfileSettings.current());
    Optional<String> dir = keys.optional(Djk8sKeys.STATUS_DIR);
    if (dir.isEmpty()) {
      return;
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
    writer =
        new StatusWriter(
            directory,
            runtime,
            runtime.probes(ProbeGroup.READINESS),
            runtime.probes(ProbeGroup.LIVENESS),
            Clock.systemUTC());
    scheduler =
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
  }

  @PreDestroy
  void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      try {
        scheduler.awaitTermination(2, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      writer.stopping();
    }
  }
}
