package io.djk8s.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code host:port} lists accept, and how URLs are shown without secrets. */
class HostPortTest {

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1:11211, 127.0.0.1, 11211",
    "' cache-1.internal:1 ', cache-1.internal, 1",
    "[::1]:6379, ::1, 6379",
    "redis:65535, redis, 65535"
  })
  void parsesHostAndPort(String text, String host, int port) {
    assertThat(HostPort.parse(text)).contains(new HostPort(host, port));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cache", "cache:", ":11211", "cache:0", "cache:65536", "a b:1", "::1:80"})
  void rejectsAnythingElse(String text) {
    assertThat(HostPort.parse(text)).as(text).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "http://u:secret@svc:8080/health?token=secret, http://svc:8080/health?...",
    "HTTPS://svc/health, https://svc/health",
    "http://svc, http://svc"
  })
  void urlsAreShownWithoutUserInformationOrQueryValues(String text, String shown) {
    assertThat(SafeUrl.parse(text))
        .hasValueSatisfying(url -> assertThat(url.shown()).isEqualTo(shown));
  }

  @ParameterizedTest
  @CsvSource({
    "redis://:pw@cache:6379, redis://***@cache:6379",
    "user:pw@cache:11211, ***@cache:11211",
    "cache:11211, cache:11211",
    "http://svc/x?token=pw, http://svc/x?..."
  })
  void configuredValuesAreShownWithoutSecrets(String text, String shown) {
    assertThat(SafeUrl.shown(text)).isEqualTo(shown);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://svc/x", "svc:8080/health", "/health", "http:///x"})
  void onlyAbsoluteHttpUrlsWithAHostAreAccepted(String text) {
    assertThat(SafeUrl.parse(text)).as(text).isEmpty();
  }
}
