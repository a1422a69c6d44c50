package io.djk8s.core.selfcheck;

import io.djk8s.core.settings.SettingsSource;
import java.util.Locale;

/** What a failed self-check does: {@code djk8s.self-check=warn|fail|off}. */
public enum SelfCheckMode {
  /** Log one WARNING per problem and go on (the default). */
  WARN,
  /** Log the problems and make the start fail. */
  FAIL,
  /** Do not check. */
  OFF;

  /** The key. It joins the key descriptors of {@code io.djk8s.core.settings} once they exist. */
  public static final String KEY = "djk8s.self-check";

  /** The base URL the check requests in a servlet container, instead of the first request's. */
  public static final String URL_KEY = "djk8s.self-check.url";

  /**
   * Reads the mode.
   *
   * @param source the settings
   * @return the mode, {@link #WARN} when unset
   * @throws IllegalStateException naming the key and the bad value
   */
  public static SelfCheckMode of(SettingsSource source) {
    String value = source.value(KEY).filter(v -> !v.isBlank()).orElse("warn").trim();
    try {
      return valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(KEY + "='" + value + "': must be 'warn', 'fail' or 'off'", e);
    }
  }
}
