package io.djk8s.examples.webapp;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ReadinessProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A custom probe, named {@code maintenance} after its class: not ready (503 {@code down for
 * maintenance}) while the file {@code webapp.maintenance-file} exists.
 */
@ApplicationScoped
public class MaintenanceProbe implements ReadinessProbe {

  @Inject
  @ConfigProperty(name = "webapp.maintenance-file", defaultValue = "/tmp/djk8s-webapp-maintenance")
  String maintenanceFile;

  @Override
  public void ready(ProbeContext context) throws NotReady {
    if (Files.exists(Path.of(maintenanceFile))) {
      throw new NotReady("down for maintenance");
    }
  }
}
