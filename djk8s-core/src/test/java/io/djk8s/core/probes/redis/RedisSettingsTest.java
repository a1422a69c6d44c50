package io.djk8s.core.probes.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.net.HostPort;
import io.djk8s.core.settings.KeyReader;
import io.djk8s.core.settings.SettingsSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code djk8s.redis.servers} takes {@code host:port}, {@code redis://} and {@code rediss://}
 * items: the scheme says plain or TLS, and a bare item follows {@code djk8s.redis.tls}.
 */
class RedisSettingsTest {

  private static KeyReader config(Map<String, String> values) {
    return new KeyReader(SettingsSource.of(values));
  }

  @Test
  void theSchemeSaysPlainOrTlsAndABareItemFollowsTheTlsKey() {
    KeyReader config =
        config(
            Map.of(
                "djk8s.redis.servers",
                "rediss://cache.internal:6380,redis://queue,rediss://[::1]/2,sessions:6379",
                "djk8s.redis.tls",
                "true"));

    RedisSettings settings = RedisSettings.read(config);

    assertThat(config.problems()).isEmpty();
    assertThat(settings.servers())
        .containsExactly(
            new HostPort("cache.internal", 6380),
            new HostPort("queue", 6379),
            new HostPort("::1", 6379),
            new HostPort("sessions", 6379));
    assertThat(settings.overTls())
        .containsExactlyInAnyOrder(
            new HostPort("cache.internal", 6380),
            new HostPort("::1", 6379),
            new HostPort("sessions", 6379));
  }

  @Test
  void withoutTheTlsKeyOnlyRedissServersAreReachedOverTls() {
    KeyReader config = config(Map.of("djk8s.redis.servers", "rediss://cache:6380,127.0.0.1:6379"));

    RedisSettings settings = RedisSettings.read(config);

    assertThat(settings.overTls()).containsExactly(new HostPort("cache", 6380));
  }

  @Test
  void credentialsInAUrlFailTheDeploymentNamingTheKeysWithoutThePassword() {
    KeyReader config =
        config(
            Map.of(
                "djk8s.redis.servers",
                "rediss://default:hunter2@cache:6380,user:hunter2@queue:6379,redis://cache:port"));

    RedisSettings.read(config);

    assertThat(config.problems())
        .containsExactly(
            "djk8s.redis.servers='rediss://***@cache:6380': credentials do not belong in the server"
                + " list, which is logged; set djk8s.redis.username and djk8s.redis.password",
            "djk8s.redis.servers='***@queue:6379': not host:port, redis://host[:port] or"
                + " rediss://host[:port] with a port from 1 to 65535; for example '127.0.0.1:6379'",
            "djk8s.redis.servers='redis://cache:port': not host:port, redis://host[:port] or"
                + " rediss://host[:port] with a port from 1 to 65535; for example '127.0.0.1:6379'");
  }
}
