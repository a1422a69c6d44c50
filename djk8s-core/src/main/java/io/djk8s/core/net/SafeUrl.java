package io.djk8s.core.net;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP(S) URL to check, with the form it is shown in: no user information and no query values,
 * which may hold secrets.
 *
 * @param uri the URL as configured
 * @param shown what logs and details show
 */
public record SafeUrl(URI uri, String shown) {

  /**
   * Parses an absolute {@code http} or {@code https} URL with a host.
   *
   * @param text the configured text
   * @return the URL, empty when it is not one
   */
  public static Optional<SafeUrl> parse(String text) {
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      return Optional.empty();
    }
    String shown =
        scheme
            + "://"
            + uri.getHost()
            + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
            + (uri.getRawPath() == null ? "" : uri.getRawPath())
            + (uri.getRawQuery() == null ? "" : "?...");
    return Optional.of(new SafeUrl(uri, shown));
  }

  /**
   * Shows a configured value without its secrets, for problem messages.
   *
   * @param text the configured text
   * @return the text without user information ({@code ***@}) and query values
   */
  public static String shown(String text) {
    String noUser = text.replaceAll("^([A-Za-z][A-Za-z0-9+.-]*://)?[^/@?#]*@", "$1***@");
    return noUser.replaceAll("\\?.*", "?...");
  }

  @Override
  public String toString() {
    return shown;
  }
}
