package io.djk8s.lifecycle;

import io.djk8s.config.MicroProfileSettings;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.status.StatusPublishing;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Refreshes the status files every {@code djk8s.status.interval} while the application runs, when
 * {@code djk8s.status.dir} is configured; does nothing otherwise. {@code probe} in file mode reads
 * them, so an exec probe costs one file read (the launcher answers it in the shell), and no I/O
 * against the database. The first thing it does, before the engine is built, is to mark both files
 * not ready in this process's name, so nothing a previous process left behind is believed.
 */
@ApplicationScoped
public class StatusPublisher {

  @Inject ProbeService runtime;

  private StatusPublishing publishing;

  void start(
      // priority 0 (PLATFORM_BEFORE): before the application's own start-up observers
      @Observes @Priority(0) @Initialized(ApplicationScoped.class) Object started) {
    publishing = StatusPublishing.start(runtime, MicroProfileSettings.current()).orElse(null);
  }

  @PreDestroy
  void stop() {
    if (publishing != null) {
      publishing.close();
    }
  }
}
