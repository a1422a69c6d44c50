package io.djk8s.core.probes.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeOrigin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The disk probe's thresholds, with a file system whose free space the test sets. */
class DiskProbeTest {

  private static final long GIB = 1L << 30;

  private static ProbeContext context() {
    return ProbeContext.startingNow(Duration.ofMillis(500), ProbeOrigin.HTTP);
  }

  @ParameterizedTest
  @CsvSource({
    "10%, 0.1, 0",
    "0%, 0, 0",
    "12.5 %, 0.125, 0",
    "500MB, 0, 524288000",
    "2GiB, 0, 2147483648",
    "1b, 0, 1",
    "4096, 0, 4096"
  })
  void minFreeParsesSharesAndAmounts(String text, double fraction, long bytes) {
    assertThat(FreeSpace.parse(text)).contains(new FreeSpace(fraction, bytes));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lots", "101%", "-5%", "10 parsecs", "%"})
  void minFreeRejectsOtherText(String text) {
    assertThat(FreeSpace.parse(text)).as(text).isEmpty();
  }

  @Test
  void lowSpaceIsNotReadyAndFreedSpaceIsReadyAgain() throws Exception {
    AtomicLong usable = new AtomicLong(50 * GIB);
    DiskProbe probe =
        new DiskProbe(
            new DiskProbe.Settings(List.of(Path.of("/data")), FreeSpace.parse("10%").get()),
            path -> new DiskProbe.Space(usable.get(), 100 * GIB));

    assertThatCode(() -> probe.ready(context())).as("50% free").doesNotThrowAnyException();

    usable.set(9 * GIB);
    NotReady full = catchThrowableOfType(NotReady.class, () -> probe.ready(context()));
    assertThat(full).as("9% free").isNotNull();
    assertThat(full.content()).isEqualTo(DiskProbe.NOT_READY_CONTENT);
    assertThat(full.detail()).isEqualTo("/data: 9.0 GiB free of 100.0 GiB, below the minimum 10%");

    usable.set(11 * GIB);
    assertThatCode(() -> probe.ready(context())).as("11% free").doesNotThrowAnyException();
  }

  @Test
  void aRealFileSystemIsReadAndAnImpossibleMinimumIsNotReady() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    DiskProbe.SpaceReader real =
        path -> {
          var store = java.nio.file.Files.getFileStore(path);
          return new DiskProbe.Space(store.getUsableSpace(), store.getTotalSpace());
        };
    DiskProbe easy =
        new DiskProbe(new DiskProbe.Settings(List.of(tmp), FreeSpace.parse("1B").get()), real);
    DiskProbe impossible =
        new DiskProbe(
            new DiskProbe.Settings(List.of(tmp), FreeSpace.parse("1000000TB").get()), real);
    DiskProbe missing =
        new DiskProbe(
            new DiskProbe.Settings(
                List.of(tmp.resolve("djk8s-no-such-dir")), FreeSpace.parse("1B").get()),
            real);

    assertThatCode(() -> easy.ready(context())).doesNotThrowAnyException();
    assertThat(catchThrowableOfType(NotReady.class, () -> impossible.ready(context())).detail())
        .contains("below the minimum");
    assertThat(catchThrowableOfType(NotReady.class, () -> missing.ready(context())).detail())
        .contains("cannot read its file system");
  }
}
