package io.djk8s.benchmarks.harness;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (from Debian's package) and reads its summary. */
final class Wrk {

  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern P50 = Pattern.compile("\\s50%\\s+([0-9.]+)(us|ms|s)");
  private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
  private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
  private static final Pattern SOCKET_ERRORS =
      Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

  /**
   * One wrk run.
   *
   * @param requestsPerSecond throughput
   * @param p50Millis median latency
   * @param p99Millis 99th percentile latency
   * @param requests completed requests
   * @param non2xx answers that were not 2xx or 3xx
   * @param socketErrors connect, read, write errors and timeouts
   */
  record Result(
      double requestsPerSecond,
      double p50Millis,
      double p99Millis,
      long requests,
      long non2xx,
      long socketErrors) {}

  private Wrk() {}

  static Result run(URI uri, int threads, int connections, Duration duration, Duration timeout)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                List.of(
                    "wrk",
                    "-t" + threads,
                    "-c" + connections,
                    "-d" + Math.max(1, duration.toSeconds()) + "s",
                    "--timeout",
                    Math.max(1, timeout.toSeconds()) + "s",
                    "--latency",
                    uri.toString()))
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IOException("wrk failed (" + exit + "): " + out);
    }
    return parse(out);
  }

  static Result parse(String out) throws IOException {
    Matcher rps = find(RPS, out);
    Matcher requests = find(REQUESTS, out);
    Matcher non2xx = NON_2XX.matcher(out);
    Matcher errors = SOCKET_ERRORS.matcher(out);
    long socketErrors = 0;
    if (errors.find()) {
      for (int group = 1; group <= 4; group++) {
        socketErrors += Long.parseLong(errors.group(group));
      }
    }
    return new Result(
        Double.parseDouble(rps.group(1)),
        millis(find(P50, out)),
        millis(find(P99, out)),
        Long.parseLong(requests.group(1)),
        non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
        socketErrors);
  }

  private static Matcher find(Pattern pattern, String out) throws IOException {
    Matcher matcher = pattern.matcher(out);
    if (!matcher.find()) {
      throw new IOException("unexpected wrk output (no " + pattern + "):\n" + out);
    }
    return matcher;
  }

  private static double millis(Matcher matcher) {
    double value = Double.parseDouble(matcher.group(1));
    return switch (matcher.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }
}
