package io.djk8s.core.net;

/** Makes text from the network safe to log: printable ASCII only, and short. */
public final class Printable {

  private static final int MAX = 80;

  private Printable() {}

  /**
   * Quotes an answer for a log line.
   *
   * @param text what a server sent
   * @return the text in single quotes, other characters as {@code ?}, cut at 80 characters
   */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder("'");
    for (int i = 0; i < text.length() && i < MAX; i++) {
      char c = text.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    if (text.length() > MAX) {
      out.append("...");
    }
    return out.append('\'').toString();
  }
}
