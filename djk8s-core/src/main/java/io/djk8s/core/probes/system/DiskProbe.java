package io.djk8s.core.probes.system;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import io.djk8s.core.builtin.BuiltInProbe;
import io.djk8s.core.builtin.ProbeHost;
import io.djk8s.core.settings.Djk8sKeys;
import io.djk8s.core.settings.ProbeConfig;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ready when every path of {@code djk8s.disk.paths} is on a file system with at least {@code
 * djk8s.disk.min-free} space usable by this process. File-system calls have no timeout of their
 * own; a hung network mount is cut off by the engine's deadline.
 */
@ProbeName("disk")
public class DiskProbe implements ReadinessProbe {

  /** The body of a not-ready answer. */
  public static final String NOT_READY_CONTENT = "disk: not enough free space";

  /** Free and total space of the file system holding a path. */
  record Space(long usable, long total) {}

  /** Reads the space of a path; replaced in unit tests. */
  @FunctionalInterface
  interface SpaceReader {
    /**
     * Reads the space of the file system holding a path.
     *
     * @param path the path
     * @return its space
     * @throws IOException when the path cannot be read
     */
    Space read(Path path) throws IOException;
  }

  /**
   * The settings.
   *
   * @param paths the paths to check
   * @param minFree the least free space
   */
  record Settings(List<Path> paths, FreeSpace minFree) {

    static Settings read(ProbeConfig config) {
      List<Path> paths =
          config.parsedList(
              Djk8sKeys.DISK_PATHS,
              Djk8sKeys.DISK_PATHS_DEFAULT,
              Settings::path,
              "not a file-system path");
      if (paths.isEmpty() && config.problems().isEmpty()) {
        config.problem(Djk8sKeys.DISK_PATHS, "", "list at least one path, for example '/data'");
      }
      String text = config.text(Djk8sKeys.DISK_MIN_FREE).orElse(Djk8sKeys.DISK_MIN_FREE_DEFAULT);
      Optional<FreeSpace> minFree = FreeSpace.parse(text);
      if (minFree.isEmpty()) {
        config.problem(
            Djk8sKeys.DISK_MIN_FREE,
            text,
            "must be a percentage from 0% to 100% ('10%') or an amount ('500MB', '2GB')");
      }
      return new Settings(paths, minFree.orElse(new FreeSpace(0.1, 0)));
    }

    private static Optional<Path> path(String text) {
      try {
        return Optional.of(Path.of(text));
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
    }
  }

  private final Settings settings;
  private final SpaceReader reader;

  /** The declaration of the built-in {@code disk} probe. */
  public static final BuiltInProbe DESCRIPTOR =
      new BuiltInProbe("disk", DiskProbe.class, false, DiskProbe::validate, DiskProbe::new);

  private DiskProbe(ProbeConfig config, ProbeHost host) {
    this(
        Settings.read(config),
        path -> {
          FileStore store = Files.getFileStore(path);
          return new Space(store.getUsableSpace(), store.getTotalSpace());
        });
  }

  DiskProbe(Settings settings, SpaceReader reader) {
    this.settings = settings;
    this.reader = reader;
  }

  /**
   * Reads this probe's configuration into a reader that collects its problems: the deployment
   * check.
   *
   * @param config collects problems
   */
  public static void validate(ProbeConfig config) {
    Settings.read(config);
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    List<String> failures = new ArrayList<>();
    for (Path path : settings.paths()) {
      try {
        Space space = reader.read(path);
        long minimum = settings.minFree().minimumOf(space.total());
        if (space.usable() < minimum) {
          failures.add(
              path
                  + ": "
                  + Bytes.show(space.usable())
                  + " free of "
                  + Bytes.show(space.total())
                  + ", below the minimum "
                  + settings.minFree());
        }
      } catch (IOException | RuntimeException e) {
        failures.add(path + ": cannot read its file system (" + e + ")");
      }
    }
    if (!failures.isEmpty()) {
      throw new NotReady(NOT_READY_CONTENT, String.join("; ", failures), null);
    }
  }
}
