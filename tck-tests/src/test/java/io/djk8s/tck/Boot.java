package io.djk8s.tck;

import io.djk8s.testing.ChildProcess;
import io.djk8s.testing.Http;
import java.net.URI;
import java.time.Duration;
import org.awaitility.Awaitility;

/** Waits for a booting server: polls until a URL answers 200, failing early if the process dies. */
final class Boot {

  private Boot() {}

  static Duration await(ChildProcess process, URI url, long startNanos, Duration limit) {
    Duration left = limit.minusNanos(System.nanoTime() - startNanos);
    Awaitility.await(url + " answering 200; log " + process.log())
        .atMost(left.isNegative() ? Duration.ZERO : left)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              if (!process.alive()) {
                throw new IllegalStateException(
                    "server process ended while booting; log "
                        + process.log()
                        + ":\n"
                        + process.tail());
              }
              return Http.tryGet(url).map(reply -> reply.status() == 200).orElse(false);
            });
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  static String javaHome() {
    return System.getProperty("java.home");
  }
}
