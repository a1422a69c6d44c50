package io.djk8s.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file's format, its writer's name in it, and how it is replaced. */
class StatusFileTest {

  private static final Instant WRITTEN = Instant.ofEpochMilli(1_795_312_345_678L);

  @TempDir Path dir;

  @Test
  void theFileNamesThisProcessAsItsWriter() throws IOException {
    new StatusFile(true, "Ok", WRITTEN).write(dir.resolve(StatusFile.READY));

    WriterProcess self = WriterProcess.current();
    assertThat(Files.readString(dir.resolve(StatusFile.READY)))
        .isEqualTo(
            "state=ready\ncontent=Ok\nwritten=1795312345678\npid="
                + self.pid()
                + "\npid-start="
                + self.start()
                + "\n");
    assertThat(StatusFile.read(dir.resolve(StatusFile.READY)))
        .contains(new StatusFile(true, "Ok", WRITTEN, self));
  }

  @Test
  void contentStaysOnOneLine() throws IOException {
    new StatusFile(false, "db: down\nsecond line\r", WRITTEN).write(dir.resolve(StatusFile.READY));

    assertThat(StatusFile.read(dir.resolve(StatusFile.READY)).orElseThrow().content())
        .isEqualTo("db: down second line ");
  }

  @Test
  void aFileWithoutAWriterReadsAsNamingNone() throws IOException {
    Files.writeString(dir.resolve(StatusFile.READY), "state=ready\ncontent=Ok\nwritten=1\n");

    assertThat(StatusFile.read(dir.resolve(StatusFile.READY)).orElseThrow().writer()).isNull();
  }

  @Test
  void theFileAndItsDirectoryAreWritableByTheOwnerOnly() throws IOException {
    Path status = dir.resolve("status");
    StatusWriter.starting(status, java.time.Clock.systemUTC());

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(status)))
        .isEqualTo("rwxr-xr-x");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(status.resolve("ready"))))
        .as("the umask may take more away, never add")
        .matches("rw-[r-]--[r-]--");
  }

  @Test
  void aWorldWritableDirectoryLosesGroupAndOtherWrite() throws IOException {
    Path status = Files.createDirectory(dir.resolve("status"));
    Files.setPosixFilePermissions(status, PosixFilePermissions.fromString("rwxrwxrwx"));

    StatusWriter.starting(status, java.time.Clock.systemUTC());

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(status)))
        .as("as Kubernetes creates an emptyDir")
        .isEqualTo("rwxr-xr-x");
  }

  @Test
  void startingMarksBothGroupsNotReadyInThisProcesssName() throws IOException {
    new StatusFile(true, "Ok", WRITTEN, new WriterProcess(99_999_999L, 1))
        .write(dir.resolve(StatusFile.READY));

    StatusWriter.starting(dir, java.time.Clock.systemUTC());

    for (String name : new String[] {StatusFile.READY, StatusFile.LIVE}) {
      StatusFile file = StatusFile.read(dir.resolve(name)).orElseThrow();
      assertThat(file.ready()).as(name).isFalse();
      assertThat(file.content()).isEqualTo("starting");
      assertThat(file.writer()).isEqualTo(WriterProcess.current());
    }
  }

  @Test
  void aSymbolicLinkInPlaceOfTheFileIsReplacedNotFollowed() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim"), "keep me");
    Files.createSymbolicLink(dir.resolve(StatusFile.READY), victim);

    new StatusFile(true, "Ok", WRITTEN).write(dir.resolve(StatusFile.READY));

    assertThat(Files.readString(victim)).isEqualTo("keep me");
    assertThat(Files.isSymbolicLink(dir.resolve(StatusFile.READY))).isFalse();
    assertThat(StatusFile.read(dir.resolve(StatusFile.READY)).orElseThrow().ready()).isTrue();
  }

  @Test
  void temporaryFilesHaveUniqueNamesAndNoneIsLeftBehind() throws IOException {
    for (int i = 0; i < 20; i++) {
      new StatusFile(true, "Ok", WRITTEN).write(dir.resolve(StatusFile.READY));
    }

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly(StatusFile.READY);
    }
  }
}
