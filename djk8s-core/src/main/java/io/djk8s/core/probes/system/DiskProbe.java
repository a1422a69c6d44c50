package io.djk8s.core.probes.system;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import io.djk8s.core.builtin.BuiltInProbe;
import io.djk8s.core.builtin.ProbeHost;
import io.djk8s.core.settings.Key;
import io.djk8s.core.settings.KeyReader;
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

    static Settings read(KeyReader config) {
      List<Path> paths = config.parsedList(PATHS, Settings::path, "not a file-system path");
      if (paths.isEmpty() && config.problems().isEmpty()) {
        config.problem(PATHS, "", "list at least one path, for example '/data'");
      }
      String text = config.text(MIN_FREE);
      Optional<FreeSpace> minFree = FreeSpace.parse(text);
      if (minFree.isEmpty()) {
        config.problem(
            MIN_FREE,
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

  /** Paths whose file systems the probe checks. */
  public static final Key PATHS =
      Key.list("djk8s.disk.paths", "/", "paths whose file systems are checked");

  /** The least free space of each path: {@code 10%} or an amount like {@code 1GB}. */
  public static final Key MIN_FREE =
      Key.text("djk8s.disk.min-free", "10%", "least free space: a percentage or an amount");

  /** The declaration of the built-in {@code disk} probe. */
  public static final BuiltInProbe DESCRIPTOR =
      new BuiltInProbe(
          "disk",
          DiskProbe.class,
          false,
          List.of(PATHS, MIN_FREE),
          DiskProbe::validate,
          DiskProbe::new);

  private DiskProbe(KeyReader config, ProbeHost host) {
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
  public static void validate(KeyReader config) {
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
