package io.djk8s.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks credentials in text djk8s writes: JDBC and other URLs carry them as user info ({@code
 * postgresql://app:secret@db/x}), as parameters ({@code ?password=secret}, {@code
 * ;password=secret}, {@code &pwd=secret}) or as properties ({@code password: secret}), and drivers
 * echo the URL in their exception messages ({@code No suitable driver found for jdbc:...}). Every
 * message that leaves djk8s — log lines, verbose bodies, command-line output — goes through {@link
 * #mask}, and every logged exception through {@link #masked(Throwable)}.
 */
public final class Redaction {

  /** What replaces a secret. */
  public static final String MASK = "***";

  /** {@code scheme://user:password@}: the password part. */
  private static final Pattern USER_INFO = Pattern.compile("(//[^/@:\\s?#;]*:)([^@\\s/]*)(@)");

  /** Oracle's {@code jdbc:oracle:thin:user/password@host}: the password part. */
  private static final Pattern ORACLE =
      Pattern.compile("(?i)(jdbc:oracle:[a-z0-9]+:[^/@\\s:]+/)([^@\\s]*)(@)");

  /** {@code password=...}, {@code pwd=...} and friends, up to the next separator. */
  private static final Pattern PARAMETER =
      Pattern.compile(
          "(?i)((?:password|passwd|pwd|secret|token|access[_-]?key|api[_-]?key|credentials?)"
              + "\\s*[=:]\\s*)(\"[^\"]*\"|'[^']*'|[^&;,\\s\"')}\\]]*)");

  private Redaction() {}

  /**
   * The text with every credential masked.
   *
   * @param text any text, possibly null
   * @return the masked text; null stays null
   */
  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = replace(USER_INFO, text, 2);
    masked = replace(ORACLE, masked, 2);
    return replace(PARAMETER, masked, 2);
  }

  private static String replace(Pattern pattern, String text, int group) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      out.append(text, last, matcher.start(group)).append(MASK);
      last = matcher.end(group);
    } while (matcher.find());
    return out.append(text, last, text.length()).toString();
  }

  /**
   * A copy of an exception, and of its causes, whose messages are masked, with the same class name
   * shown and the same stack trace: what a log line may carry.
   *
   * @param failure the exception, possibly null
   * @return the masked copy, or the same exception when nothing needed masking
   */
  public static Throwable masked(Throwable failure) {
    if (failure == null || !needsMasking(failure, 0)) {
      return failure;
    }
    return copy(failure, 0);
  }

  private static boolean needsMasking(Throwable failure, int depth) {
    if (failure == null || depth > 16) {
      return false;
    }
    String message = safeMessage(failure);
    return (message != null && !message.equals(mask(message)))
        || needsMasking(failure.getCause(), depth + 1);
  }

  private static Throwable copy(Throwable failure, int depth) {
    Throwable cause =
        depth < 16 && failure.getCause() != null ? copy(failure.getCause(), depth + 1) : null;
    MaskedException copy =
        new MaskedException(failure.getClass().getName(), mask(safeMessage(failure)), cause);
    copy.setStackTrace(failure.getStackTrace());
    return copy;
  }

  private static String safeMessage(Throwable failure) {
    try {
      return failure.getMessage();
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** An exception standing in for another one whose message carried a secret. */
  static final class MaskedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String type;

    MaskedException(String type, String message, Throwable cause) {
      super(message, cause);
      this.type = type;
    }

    @Override
    public String toString() {
      String message = getMessage();
      return message == null ? type : type + ": " + message;
    }
  }
}
