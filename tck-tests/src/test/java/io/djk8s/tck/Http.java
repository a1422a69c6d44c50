package io.djk8s.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A small HTTP client for black-box tests: one request, its reply and how long it took. */
final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private Http() {}

  /**
   * One reply.
   *
   * @param status the HTTP status
   * @param body the body as text
   * @param response the whole response, for headers
   * @param elapsed from sending to the last byte
   */
  record Reply(int status, String body, HttpResponse<String> response, Duration elapsed) {
    Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    @Override
    public String toString() {
      return status
          + " "
          + response.headers().map()
          + " '"
          + body
          + "' in "
          + elapsed.toMillis()
          + " ms";
    }
  }

  static Reply get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET());
  }

  static Reply head(URI uri) {
    return send(HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()));
  }

  static Reply get(URI uri, String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(uri).GET().header("Authorization", "Basic " + token));
  }

  private static Reply send(HttpRequest.Builder request) {
    long start = System.nanoTime();
    try {
      HttpResponse<String> response =
          CLIENT.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(
          response.statusCode(),
          response.body(),
          response,
          Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Whether anything answers HTTP at the address yet. */
  static Optional<Reply> tryGet(URI uri) {
    try {
      return Optional.of(get(uri));
    } catch (UncheckedIOException e) {
      return Optional.empty();
    }
  }
}
