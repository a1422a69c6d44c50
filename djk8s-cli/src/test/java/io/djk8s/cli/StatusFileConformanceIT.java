package io.djk8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.status.StatusFile;
import io.djk8s.core.status.WriterProcess;
import io.djk8s.testing.ShellLauncher;
import io.djk8s.testing.ShellLauncher.Shell;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two readers of file mode cannot drift apart: every case of {@code status-conformance.txt}
 * runs against the JVM's reader ({@link Main}) and against the packaged launcher's shell reader
 * under dash and busybox ash, and each must give the case's exit code, output and log line. Under
 * the shells, the case also says whether the shell answered by itself or started {@code java}.
 */
class StatusFileConformanceIT {

  /** The packaged launcher and its home, built by {@code package}. */
  private static final Path HOME = Path.of("target").toAbsolutePath();

  private static final Path LAUNCHER = HOME.resolve("djk8s");

  /** Who reads the file. */
  enum Reader {
    JVM,
    DASH,
    BUSYBOX
  }

  @TempDir Path work;

  static Stream<Arguments> cases() throws Exception {
    List<Arguments> all = new ArrayList<>();
    for (ConformanceCase c : ConformanceCase.load()) {
      for (Reader reader : Reader.values()) {
        all.add(Arguments.of(c, reader));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("cases")
  void everyReaderGivesTheSameAnswer(ConformanceCase c, Reader reader) throws Exception {
    Path dir = Files.createDirectories(work.resolve("status"));
    WriterProcess self = WriterProcess.current();
    ConformanceCase.Values values =
        new ConformanceCase.Values(dir, System.currentTimeMillis(), self.pid(), self.start());
    for (Map.Entry<String, String> file : c.files().entrySet()) {
      Files.writeString(
          dir.resolve(file.getKey()), values.fill(file.getValue()), StandardCharsets.UTF_8);
    }
    List<String> args = new ArrayList<>(List.of("probe"));
    c.args().forEach(arg -> args.add(values.fill(arg)));
    Map<String, String> env = new java.util.LinkedHashMap<>();
    c.env().forEach((k, v) -> env.put(k, values.fill(v)));

    ShellLauncher.Run run = run(reader, env, args);

    String all = reader + " " + args + " " + env + " -> " + run;
    assertThat(run.exit()).as(all).isEqualTo(c.exit());
    assertThat(run.out().lines()).as(all).containsExactlyElementsOf(values.fill(c.out()));
    List<String> err = run.err().lines().toList();
    assertThat(err).as(all).hasSameSizeAs(c.err());
    for (int i = 0; i < err.size(); i++) {
      assertThat(err.get(i)).as(all).matches(values.pattern(c.err().get(i)));
    }
    if (c.log() != null) {
      assertThat(Files.readAllLines(dir.resolve("probe.log")))
          .as(all)
          .singleElement()
          .asString()
          .matches(values.pattern(c.log()));
    }
    if (reader != Reader.JVM) {
      assertThat(run.startedJava())
          .as(c.answeredByShell() ? "the shell answers alone: " + all : "the JVM answers: " + all)
          .isEqualTo(!c.answeredByShell());
    }
  }

  @ParameterizedTest
  @EnumSource(Shell.class)
  void theShellAnswersWithNoJavaOnThePath(Shell shell) throws Exception {
    Path dir = Files.createDirectories(work.resolve("status"));
    new StatusFile(true, "Ok", Instant.now()).write(dir.resolve(StatusFile.READY));
    new StatusFile(false, "db: down", Instant.now()).write(dir.resolve(StatusFile.LIVE));
    ShellLauncher launcher = ShellLauncher.of(shell, LAUNCHER, HOME, work, false);

    ShellLauncher.Run ready =
        launcher.run(Map.of("DJK8S_STATUS_DIR", dir.toString()), List.of("probe", "--ready"));
    ShellLauncher.Run live =
        launcher.run(Map.of(), List.of("probe", "--live", "--status-dir", dir.toString()));

    assertThat(ready.exit()).as("what StatusFile writes, the shell reads: " + ready).isZero();
    assertThat(ready.out()).isEqualTo("Ok\n");
    assertThat(live.exit()).as(live.toString()).isEqualTo(1);
    assertThat(live.out()).isEqualTo("db: down\n");
  }

  @Test
  void withNoJavaOnThePathWhatTheShellCannotAnswerFailsLoudly() throws Exception {
    ShellLauncher launcher = ShellLauncher.of(Shell.DASH, LAUNCHER, HOME, work, false);

    ShellLauncher.Run client =
        launcher.run(Map.of(), List.of("probe", "--ready", "--url", "http://127.0.0.1:1"));

    assertThat(client.exit()).as("client mode needs the JVM: " + client).isEqualTo(127);
    assertThat(client.err()).contains("java");
  }

  private ShellLauncher.Run run(Reader reader, Map<String, String> env, List<String> args)
      throws Exception {
    if (reader == Reader.JVM) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit =
          Main.run(
              args.toArray(String[]::new),
              new PrintWriter(out),
              new PrintWriter(err),
              Environment.of(env));
      return new ShellLauncher.Run(exit, out.toString(), err.toString(), true);
    }
    Shell shell = reader == Reader.DASH ? Shell.DASH : Shell.BUSYBOX;
    return ShellLauncher.of(shell, LAUNCHER, HOME, work, true).run(env, args);
  }
}
