package io.djk8s.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.djk8s.testing.Threads;
import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Lookups bounded by the caller's deadline, single-flight per name, on a bounded pool, with a
 * simulated DNS server: {@code hung.test} never answers (until the test ends), {@code gone.test}
 * does not exist, every other name is {@code 127.0.0.1}.
 */
class ResolverTest {

  private static final Duration TIMEOUT = Duration.ofMillis(200);

  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger lookups = new AtomicInteger();
  private final Resolver resolver =
      new Resolver(
          host -> {
            lookups.incrementAndGet();
            if (host.equals("hung.test")) {
              Threads.awaitUninterruptibly(
                  release); // as the JDK's lookup: no time-out, no interrupt
              throw new UnknownHostException(host);
            }
            if (host.equals("gone.test")) {
              throw new UnknownHostException(host + ": Name or service not known");
            }
            return InetAddress.getLoopbackAddress();
          },
          2);

  @AfterEach
  void releaseTheHungLookup() {
    release.countDown();
    resolver.close();
  }

  @Test
  void aLookupThatHangsFailsAtTheCallersDeadlineWithoutNamingTheHost() {
    long start = System.nanoTime();
    SocketTimeoutException e =
        catchThrowableOfType(
            SocketTimeoutException.class, () -> resolver.resolve("hung.test", TIMEOUT));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(e).as("a time-out, not a hang").isNotNull();
    assertThat(e.getMessage()).isEqualTo("DNS lookup timed out after 200 ms");
    assertThat(took).isBetween(TIMEOUT.minusMillis(5), TIMEOUT.plusMillis(150));
  }

  @Test
  void askingAgainForAHungNameJoinsTheRunningLookupInsteadOfTakingAnotherThread() {
    long before = Threads.named("djk8s-dns-");
    for (int i = 0; i < 20; i++) {
      assertThat(
              catchThrowableOfType(
                  SocketTimeoutException.class,
                  () -> resolver.resolve("hung.test", Duration.ofMillis(10))))
          .isNotNull();
    }

    assertThat(lookups).as("one lookup for 20 calls").hasValue(1);
    assertThat(Threads.named("djk8s-dns-") - before).as("threads the hung name holds").isEqualTo(1);
  }

  @Test
  void concurrentCallersForOneNameShareOneLookup() throws Exception {
    List<Thread> callers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Thread caller =
          new Thread(
              () -> {
                try {
                  resolver.resolve("hung.test", TIMEOUT);
                } catch (IOException expected) {
                  // timed out: what the test expects
                }
              });
      callers.add(caller);
      caller.start();
    }
    for (Thread caller : callers) {
      caller.join(Duration.ofSeconds(5).toMillis());
      assertThat(caller.isAlive()).as("caller ended by its deadline").isFalse();
    }

    assertThat(lookups).hasValue(1);
  }

  @Test
  void otherNamesStillResolveWhileOneHangs() throws Exception {
    catchThrowableOfType(
        SocketTimeoutException.class, () -> resolver.resolve("hung.test", Duration.ofMillis(10)));

    assertThat(resolver.resolve("db.test", TIMEOUT)).isEqualTo(InetAddress.getLoopbackAddress());
  }

  @Test
  void anUnknownNameSaysSoWithoutTheName() {
    UnknownHostException e =
        catchThrowableOfType(
            UnknownHostException.class, () -> resolver.resolve("gone.test", TIMEOUT));

    assertThat(e.getMessage()).isEqualTo("unknown host (the DNS lookup found no address)");
  }

  @Test
  void addressLiteralsAreNeverLookedUp() throws Exception {
    assertThat(resolver.resolve("127.0.0.1", TIMEOUT).getHostAddress()).isEqualTo("127.0.0.1");
    assertThat(resolver.resolve("::1", TIMEOUT).getHostAddress()).isEqualTo("0:0:0:0:0:0:0:1");

    assertThat(lookups).hasValue(0);
  }
}
