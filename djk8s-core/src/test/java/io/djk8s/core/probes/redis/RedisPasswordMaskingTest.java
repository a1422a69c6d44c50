package io.djk8s.core.probes.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeOrigin;
import io.djk8s.core.net.Dialer;
import io.djk8s.core.net.HostPort;
import io.djk8s.testing.FakeServers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A password a server echoes never reaches a detail, not even a piece of it. */
class RedisPasswordMaskingTest {

  private static final String PASSWORD = "s3cr3t-pässwörd-1234";

  /** The password as a server sends it back: its UTF-8 bytes. */
  private static String onTheWire(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static String detailAgainst(FakeServers server) {
    RedisSettings settings =
        new RedisSettings(
            List.of(HostPort.parse("127.0.0.1:" + server.port()).orElseThrow()),
            Optional.empty(),
            Optional.of(PASSWORD),
            false);
    try (RedisProbe probe = new RedisProbe(settings, Dialer.PLAIN)) {
      NotReady notReady =
          catchThrowableOfType(
              NotReady.class,
              () -> probe.ready(ProbeContext.startingNow(Duration.ofSeconds(5), ProbeOrigin.HTTP)));
      return notReady.detail();
    }
  }

  private static void assertNoPieceOfThePassword(String detail) {
    for (int i = 0; i + 4 <= PASSWORD.length(); i++) {
      String piece = PASSWORD.substring(i, i + 4);
      assertThat(detail).as("piece '%s'", piece).doesNotContain(piece);
      assertThat(detail).doesNotContain(onTheWire(piece));
    }
  }

  @Test
  void aNonAsciiPasswordEchoedInUtf8IsMasked() throws Exception {
    try (FakeServers server =
        FakeServers.answering(onTheWire("-WRONGPASS " + PASSWORD + "\r\n-NOAUTH\r\n"))) {
      String detail = detailAgainst(server);

      assertThat(detail).contains("AUTH was refused").contains("***");
      assertNoPieceOfThePassword(detail);
    }
  }

  @Test
  void aPasswordStraddlingTheQuoteCutIsMaskedBeforeTheCut() throws Exception {
    String answer = "-ERR " + "x".repeat(70) + PASSWORD + "y".repeat(1_000);
    try (FakeServers server = FakeServers.answering(onTheWire(answer))) {
      String detail = detailAgainst(server);

      assertThat(detail).contains("answer line longer than");
      assertNoPieceOfThePassword(detail);
    }
  }
}
