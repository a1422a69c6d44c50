package io.djk8s.cli;

import io.djk8s.core.text.Redaction;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code wait4db}: for init containers. Waits until the datasource answers and has stayed up for
 * {@code --stable} seconds. Unlike upstream, the timeout also bounds the stable phase, every
 * connection attempt has its own bound, and a timeout is a one-line error, not a stack trace.
 */
@Command(
    name = "wait4db",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Waits until the database answers and stays up (for init containers).",
      "Exit codes: 0 stable, 1 timed out, 2 usage or configuration error."
    })
final class Wait4DbCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-t", "--timeout"},
      defaultValue = "180",
      description = "Give up after this many seconds (default ${DEFAULT-VALUE}).")
  int timeout;

  @Option(
      names = {"-s", "--stable"},
      defaultValue = "5",
      description = "Seconds the database must stay up (default ${DEFAULT-VALUE}).")
  int stable;

  @Option(
      names = {"-i", "--interval"},
      defaultValue = "1",
      description = "Seconds between attempts (default ${DEFAULT-VALUE}).")
  int interval;

  @Mixin DatabaseOption database;

  @Option(
      names = "--connect-timeout",
      defaultValue = "5",
      description = "Bound of each connection attempt in seconds (default ${DEFAULT-VALUE}).")
  int connectTimeout;

  @Override
  public Integer call() throws InterruptedException {
    positive(timeout, "Timeout");
    positive(stable, "Stable");
    positive(interval, "Interval");
    positive(connectTimeout, "Connect timeout");
    CliLogging.configure();
    DataSource dataSource = database.dataSource(ConfigProvider.getConfig());
    return new StableWait(
            dataSource,
            database.name,
            Duration.ofSeconds(timeout),
            Duration.ofSeconds(stable),
            Duration.ofSeconds(interval),
            Duration.ofSeconds(connectTimeout),
            spec.commandLine().getOut())
        .await();
  }

  private void positive(int value, String what) {
    if (value <= 0) {
      throw new ParameterException(spec.commandLine(), what + " must be greater than 0 seconds.");
    }
  }

  /** The waiting loop, apart from option parsing. */
  static final class StableWait {
    private final DataSource dataSource;
    private final String name;
    private final Duration timeout;
    private final Duration stable;
    private final Duration interval;
    private final Duration attemptBound;
    private final PrintWriter out;

    StableWait(
        DataSource dataSource,
        String name,
        Duration timeout,
        Duration stable,
        Duration interval,
        Duration attemptBound,
        PrintWriter out) {
      this.dataSource = dataSource;
      this.name = name;
      this.timeout = timeout;
      this.stable = stable;
      this.interval = interval;
      this.attemptBound = attemptBound;
      this.out = out;
    }

    int await() throws InterruptedException {
      long start = System.nanoTime();
      long deadline = start + timeout.toNanos();
      long upSince = -1;
      String lastError = "no attempt finished";
      while (true) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw CliFailure.failed(
              "Timeout: database '"
                  + name
                  + "' was not stable for "
                  + stable.toSeconds()
                  + " s within "
                  + timeout.toSeconds()
                  + " s"
                  + (upSince >= 0
                      ? " (it was up, but not for long enough)"
                      : "; last error: " + lastError));
        }
        try {
          BoundedConnect.check(dataSource, min(attemptBound, Duration.ofNanos(left)));
          long now = System.nanoTime();
          if (upSince < 0) {
            upSince = now;
            out.println(
                "Database '"
                    + name
                    + "' is up; checking that it stays up for "
                    + stable.toSeconds()
                    + " s.");
          }
          if (now - upSince >= stable.toNanos()) {
            out.println("Database '" + name + "' is stable.");
            return ExitCodes.OK;
          }
        } catch (SQLException e) {
          lastError = Redaction.mask(e.getMessage());
          out.println(
              (upSince >= 0
                      ? "Database '" + name + "' went down: "
                      : "Database '" + name + "' is unavailable: ")
                  + lastError
                  + "; waiting "
                  + interval.toSeconds()
                  + " s.");
          upSince = -1;
        }
        out.flush();
        long sleep = Math.min(interval.toNanos(), deadline - System.nanoTime());
        if (upSince >= 0) {
          sleep = Math.min(sleep, upSince + stable.toNanos() - System.nanoTime());
        }
        if (sleep > 0) {
          Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
        }
      }
    }

    private static Duration min(Duration a, Duration b) {
      return a.compareTo(b) <= 0 ? a : b;
    }
  }
}
