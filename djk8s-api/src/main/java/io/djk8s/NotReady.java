package io.djk8s;

/**
 * Thrown by a {@link ReadinessProbe} that is not ready.
 *
 * <p>{@link #content()} and {@link #status()} are what the kubelet sees: the response body and HTTP
 * status of {@code /readyz}. Keep the content generic (no host names, users or URLs); put what the
 * operator needs into {@link #detail()} and the cause, which are logged and shown only where {@code
 * djk8s.details} allows.
 */
public class NotReady extends Exception {

  private static final long serialVersionUID = 1L;

  /** The default body, as in django-kubernetes. */
  public static final String DEFAULT_CONTENT = "Not ready";

  /** The default HTTP status: 503 Service Unavailable. */
  public static final int DEFAULT_STATUS = 503;

  private final String content;
  private final int status;

  /** Not ready, with body {@value #DEFAULT_CONTENT} and status 503. */
  public NotReady() {
    this(DEFAULT_CONTENT, DEFAULT_STATUS, null, null);
  }

  /**
   * Not ready with the given body and status 503.
   *
   * @param content the response body; must not be {@code null}
   */
  public NotReady(String content) {
    this(content, DEFAULT_STATUS, null, null);
  }

  /**
   * Not ready with the given body and status.
   *
   * @param content the response body; must not be {@code null}
   * @param status an HTTP status from 400 to 599
   * @throws IllegalArgumentException when the status is outside 400–599, since a 2xx or 3xx answer
   *     would read as ready to the kubelet
   */
  public NotReady(String content, int status) {
    this(content, status, null, null);
  }

  /**
   * Not ready with the given body, status 503, and an operator-facing detail and cause.
   *
   * @param content the response body; must not be {@code null}
   * @param detail what the operator should read in the log, may name hosts; {@code null} for the
   *     content
   * @param cause the underlying failure, or {@code null}
   */
  public NotReady(String content, String detail, Throwable cause) {
    this(content, DEFAULT_STATUS, detail, cause);
  }

  /**
   * Not ready with every part given.
   *
   * @param content the response body; must not be {@code null}
   * @param status an HTTP status from 400 to 599
   * @param detail what the operator should read in the log; {@code null} for the content
   * @param cause the underlying failure, or {@code null}
   * @throws IllegalArgumentException when the status is outside 400–599
   */
  public NotReady(String content, int status, String detail, Throwable cause) {
    super(detail == null ? requireContent(content) : detail, cause);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException(
          "NotReady status must be from 400 to 599 (a 2xx or 3xx answer reads as ready to the"
              + " kubelet), was "
              + status);
    }
    this.content = requireContent(content);
    this.status = status;
  }

  private static String requireContent(String content) {
    if (content == null) {
      throw new IllegalArgumentException("NotReady content must not be null");
    }
    return content;
  }

  /**
   * The response body the kubelet receives.
   *
   * @return the body, never {@code null}
   */
  public String content() {
    return content;
  }

  /**
   * The HTTP status of the answer.
   *
   * @return a status from 400 to 599
   */
  public int status() {
    return status;
  }

  /**
   * What the operator reads in the log and, where details are allowed, in verbose output.
   *
   * @return the detail given at construction, or the content
   */
  public String detail() {
    return getMessage();
  }
}
