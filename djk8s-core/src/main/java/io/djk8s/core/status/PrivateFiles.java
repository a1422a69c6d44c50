package io.djk8s.core.status;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Files only their owner can write: the status directory ({@code rwxr-xr-x}) and files replaced
 * through a temporary file with an unguessable name, created exclusively, never through a symbolic
 * link, then renamed over the target (a rename replaces a link, it does not follow it).
 */
final class PrivateFiles {

  private static final Set<PosixFilePermission> DIRECTORY =
      PosixFilePermissions.fromString("rwxr-xr-x");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
  private static final Set<PosixFilePermission> OTHERS_WRITE =
      EnumSet.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final SecureRandom RANDOM = new SecureRandom();

  private PrivateFiles() {}

  /**
   * Creates the directory owner-writable only, or takes write access away from group and others
   * when it exists (a Kubernetes {@code emptyDir} is created world-writable).
   *
   * @param directory the directory
   * @return why others can still write to it, when they can and this process cannot change that
   * @throws IOException when the directory cannot be created
   */
  static Optional<String> prepare(Path directory) throws IOException {
    if (!POSIX) {
      Files.createDirectories(directory);
      return Optional.empty();
    }
    if (!Files.isDirectory(directory)) {
      Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
    if (permissions.stream().noneMatch(OTHERS_WRITE::contains)) {
      return Optional.empty();
    }
    permissions.removeAll(OTHERS_WRITE);
    try {
      Files.setPosixFilePermissions(directory, permissions);
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      return Optional.of(
          directory
              + " is writable by other users and this process cannot change that ("
              + e.getClass().getSimpleName()
              + "): give the application a directory it owns");
    }
  }

  /**
   * Replaces a file atomically with the given bytes.
   *
   * @param file the target
   * @param bytes its new content
   * @throws IOException when it cannot be written
   */
  static void replace(Path file, byte[] bytes) throws IOException {
    Path temporary =
        file.resolveSibling(
            "." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
    Set<OpenOption> options =
        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    FileAttribute<?>[] attributes =
        POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
            : new FileAttribute<?>[0];
    boolean moved = false;
    try {
      try (SeekableByteChannel channel = Files.newByteChannel(temporary, options, attributes)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
