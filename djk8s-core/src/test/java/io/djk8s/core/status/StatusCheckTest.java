package io.djk8s.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's rule on a clock the test holds; the shell's copy is held to it by a conformance IT.
 */
class StatusCheckTest {

  private static final Instant NOW = Instant.parse("2026-12-01T23:00:00Z");
  private static final Duration MAX_AGE = Duration.ofSeconds(15);

  @TempDir Path dir;

  private StatusCheck.Verdict check() {
    return StatusCheck.check(dir, true, MAX_AGE, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private void write(Instant written, WriterProcess writer) throws IOException {
    new StatusFile(true, "Ok", written, writer).write(dir.resolve(StatusFile.READY));
  }

  @Test
  void aFreshFileFromTheRunningWriterIsReady() throws IOException {
    write(NOW.minusSeconds(5), WriterProcess.current());

    assertThat(check().kind()).isEqualTo(StatusCheck.Kind.READY);
  }

  @Test
  void exactlyMaxAgeOldStillCountsOneMillisecondMoreIsStale() throws IOException {
    write(NOW.minus(MAX_AGE), WriterProcess.current());
    StatusCheck.Verdict edge = check();
    write(NOW.minus(MAX_AGE).minusMillis(1), WriterProcess.current());
    StatusCheck.Verdict over = check();

    assertThat(edge.kind()).as(edge.toString()).isEqualTo(StatusCheck.Kind.READY);
    assertThat(over.kind()).isEqualTo(StatusCheck.Kind.NOT_READY);
    assertThat(over.detail()).contains("15001 ms ago, more than 15000 ms");
  }

  @Test
  void oneMillisecondInTheFutureIsStale() throws IOException {
    write(NOW.plusMillis(1), WriterProcess.current());

    StatusCheck.Verdict verdict = check();

    assertThat(verdict.kind()).isEqualTo(StatusCheck.Kind.NOT_READY);
    assertThat(verdict.content()).isEqualTo(StatusCheck.STALE);
    assertThat(verdict.detail())
        .endsWith(
            "was written 1 ms in the future: the clock was set back, or another clock wrote it");
  }

  @Test
  void aFileFromAProcessThatIsGoneIsStaleHoweverFresh() throws IOException {
    write(NOW, new WriterProcess(99_999_999L, 1));

    StatusCheck.Verdict verdict = check();

    assertThat(verdict.kind()).isEqualTo(StatusCheck.Kind.NOT_READY);
    assertThat(verdict.detail()).contains("process 99999999, which is no longer running");
  }

  @Test
  void aFileWhosePidIsNowAnotherProcessIsStale() throws IOException {
    WriterProcess self = WriterProcess.current();
    write(NOW, new WriterProcess(self.pid(), self.start() + 1));

    assertThat(check().detail()).contains("that pid now belongs to another process");
  }

  @Test
  void aFileThatNamesNoWriterIsStale() throws IOException {
    Files.writeString(
        dir.resolve(StatusFile.READY),
        "state=ready\ncontent=Ok\nwritten=" + NOW.toEpochMilli() + "\n");

    StatusCheck.Verdict verdict = check();

    assertThat(verdict.kind()).isEqualTo(StatusCheck.Kind.NOT_READY);
    assertThat(verdict.detail()).contains("names no writer process");
  }
}
