package io.djk8s.core.http;

import java.util.Map;
import java.util.Optional;

/**
 * A probe answer independent of the transport: the JAX-RS filter and resources turn it into a
 * {@code Response}, the servlet filter writes it to an {@code HttpServletResponse}, the Quarkus
 * route to a Vert.x response. {@link ProbeAnswers} is the only place that creates one, so every
 * transport answers alike.
 *
 * @param status the HTTP status: 200, 503 or a probe's {@code NotReady} status
 * @param body the text body, or empty for HEAD
 * @param headers the response headers besides the content type
 */
public record ProbeAnswer(int status, Optional<String> body, Map<String, String> headers) {

  /** The content type of every answer. */
  public static final String CONTENT_TYPE = "text/plain;charset=utf-8";

  /** The headers of every answer. */
  public static final Map<String, String> HEADERS =
      Map.of("Cache-Control", "no-store", "X-Content-Type-Options", "nosniff");

  /** Copies the headers. */
  public ProbeAnswer {
    headers = Map.copyOf(headers);
  }

  static ProbeAnswer of(int status, String body) {
    return new ProbeAnswer(status, Optional.ofNullable(body), HEADERS);
  }
}
