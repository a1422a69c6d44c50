package io.djk8s.examples.quarkus;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ReadinessProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A custom probe, named {@code maintenance} after its class: not ready while a maintenance file
 * exists ({@code example.maintenance-file}, {@code EXAMPLE_MAINTENANCE_FILE}, default {@code
 * /tmp/djk8s-maintenance}).
 */
@ApplicationScoped
public class MaintenanceProbe implements ReadinessProbe {

  private final Path maintenanceFile;

  /**
   * Created by ArC.
   *
   * @param maintenanceFile the file whose existence means maintenance
   */
  public MaintenanceProbe(
      @ConfigProperty(name = "example.maintenance-file", defaultValue = "/tmp/djk8s-maintenance")
          String maintenanceFile) {
    this.maintenanceFile = Path.of(maintenanceFile);
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    if (Files.exists(maintenanceFile)) {
      throw new NotReady("down for maintenance");
    }
  }
}
