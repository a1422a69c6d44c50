package io.djk8s.core.status;

import io.djk8s.ProbeOrigin;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeOutcome;
import io.djk8s.core.engine.ProbeReport;
import io.djk8s.core.engine.ProbeService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the readiness and liveness probe lists once and writes their status files ({@value
 * StatusFile#READY} and {@value StatusFile#LIVE}) in a directory. The probes run through the
 * application's engine, so the files see the same deadlines and single-flight runs as HTTP. Each
 * file names this process as its writer, so a reader rejects it once the process is gone; {@link
 * #starting} marks both groups not ready before the first run.
 */
public final class StatusWriter {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final Path directory;
  private final ProbeService engine;
  private final List<NamedProbe> readiness;
  private final List<NamedProbe> liveness;
  private final Clock clock;
  private volatile boolean failingToWrite;

  /**
   * A writer for one status directory.
   *
   * @param directory the status directory, created when missing
   * @param engine the application's engine
   * @param readiness the readiness probes
   * @param liveness the liveness probes
   * @param clock the clock of the {@code written=} times
   */
  public StatusWriter(
      Path directory,
      ProbeService engine,
      List<NamedProbe> readiness,
      List<NamedProbe> liveness,
      Clock clock) {
    this.directory = directory;
    this.engine = engine;
    this.readiness = List.copyOf(readiness);
    this.liveness = List.copyOf(liveness);
    this.clock = clock;
  }

  /**
   * Marks both groups not ready in the name of this process, before anything else runs: a file left
   * by the previous process (a {@code kill -9}, a restarted container) is replaced at once.
   *
   * @param directory the status directory, created owner-writable only when missing
   * @param clock the clock of the {@code written=} time
   * @throws IOException when the directory or the files cannot be written
   */
  public static void starting(Path directory, Clock clock) throws IOException {
    PrivateFiles.prepare(directory)
        .ifPresent(problem -> LOG.warning(() -> "djk8s: status directory " + problem));
    StatusFile starting = new StatusFile(false, "starting", clock.instant());
    starting.write(directory.resolve(StatusFile.READY));
    starting.write(directory.resolve(StatusFile.LIVE));
  }

  /** Runs both groups and writes both files; never throws, so a scheduler keeps running it. */
  public void refresh() {
    try {
      if (!Files.isDirectory(directory)) {
        PrivateFiles.prepare(directory);
      }
      write(
          StatusFile.READY,
          engine.run(ProbeGroup.READINESS, readiness, ProbeOrigin.CLI, Duration.ZERO));
      write(
          StatusFile.LIVE,
          engine.run(ProbeGroup.LIVENESS, liveness, ProbeOrigin.CLI, Duration.ZERO));
      if (failingToWrite) {
        failingToWrite = false;
        LOG.info(() -> "djk8s: status files in " + directory + " are written again");
      }
    } catch (IOException | RuntimeException e) {
      if (!failingToWrite) {
        failingToWrite = true;
        LOG.log(
            Level.WARNING,
            "djk8s: cannot write status files in "
                + directory
                + "; exec probes in file mode will see them go stale",
            e);
      }
    }
  }

  /** Marks the application not ready, for a clean shutdown. */
  public void stopping() {
    try {
      new StatusFile(false, "shutting down", clock.instant())
          .write(directory.resolve(StatusFile.READY));
    } catch (IOException e) {
      LOG.log(Level.FINE, "djk8s: cannot mark " + directory + " as shutting down", e);
    }
  }

  private void write(String name, ProbeReport report) throws IOException {
    String content = report.firstFailure().map(ProbeOutcome::content).orElse(ProbeOutcome.OK);
    new StatusFile(report.ready(), content, clock.instant()).write(directory.resolve(name));
  }
}
