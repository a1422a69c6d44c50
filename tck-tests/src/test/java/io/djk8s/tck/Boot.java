package io.djk8s.tck;

import java.net.URI;
import java.time.Duration;

/** Waits for a booting server: polls until a URL answers 200, failing early if the process dies. */
final class Boot {

  private Boot() {}

  static Duration await(ChildProcess process, URI url, long startNanos, Duration limit)
      throws InterruptedException {
    long deadline = startNanos + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.alive()) {
        throw new IllegalStateException(
            "server process ended while booting; log " + process.log() + ":\n" + process.tail());
      }
      var reply = Http.tryGet(url);
      if (reply.isPresent() && reply.get().status() == 200) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        url
            + " did not answer 200 within "
            + limit
            + "; log "
            + process.log()
            + ":\n"
            + process.tail());
  }

  static String javaHome() {
    return System.getProperty("java.home");
  }
}
