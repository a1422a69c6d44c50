package io.djk8s.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A small HTTP client for tests: real requests, with the time each answer took. */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private Http() {}

  /**
   * An answer and how long it took.
   *
   * @param status the HTTP status
   * @param body the body as text
   * @param response the whole response, for headers
   * @param elapsed the time from sending to the complete answer
   */
  public record Answer(int status, String body, HttpResponse<String> response, Duration elapsed) {

    /**
     * One header's value.
     *
     * @param name the header name
     * @return its first value, or the empty string
     */
    public String header(String name) {
      return response.headers().firstValue(name).orElse("");
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

  /**
   * Sends a request without a body.
   *
   * @param method GET, HEAD, POST, ...
   * @param uri where
   * @return the answer
   * @throws IOException on a transport failure
   * @throws InterruptedException when interrupted
   */
  public static Answer send(String method, URI uri) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  /**
   * Sends a POST with a text body.
   *
   * @param uri where
   * @param body the body, UTF-8
   * @return the answer
   * @throws IOException on a transport failure
   * @throws InterruptedException when interrupted
   */
  public static Answer post(URI uri, String body) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Sends a HEAD.
   *
   * @param uri where
   * @return the answer, with an empty body
   * @throws IOException on a transport failure
   * @throws InterruptedException when interrupted
   */
  public static Answer head(URI uri) throws IOException, InterruptedException {
    return send("HEAD", uri);
  }

  /**
   * Sends a GET with HTTP Basic credentials.
   *
   * @param uri where
   * @param user the user name
   * @param password the password
   * @return the answer
   * @throws IOException on a transport failure
   * @throws InterruptedException when interrupted
   */
  public static Answer get(URI uri, String user, String password)
      throws IOException, InterruptedException {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(uri).GET().header("Authorization", "Basic " + token));
  }

  /**
   * A GET, or nothing while no server answers HTTP there yet: for polling a booting server.
   *
   * @param uri where
   * @return the answer, or empty on a transport failure
   * @throws InterruptedException when interrupted
   */
  public static Optional<Answer> tryGet(URI uri) throws InterruptedException {
    try {
      return Optional.of(get(uri));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Answer send(HttpRequest.Builder builder) throws IOException, InterruptedException {
    HttpRequest request = builder.timeout(Duration.ofSeconds(30)).build();
    long start = System.nanoTime();
    HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.body(),
        response,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * The fastest of several GETs, for timing bounds on a machine shared with other builds: a bound
   * met once shows what the code does; a miss every time is a real overrun.
   *
   * @param tries how many requests, one after the other
   * @param uri where
   * @return the answer that took least time
   * @throws IOException on a transport failure
   * @throws InterruptedException when interrupted
   */
  public static Answer fastestOf(int tries, URI uri) throws IOException, InterruptedException {
    Answer fastest = null;
    for (int i = 0; i < tries; i++) {
      Answer answer = get(uri);
      if (fastest == null || answer.elapsed().compareTo(fastest.elapsed()) < 0) {
        fastest = answer;
      }
    }
    return fastest;
  }

  /**
   * Sends a GET.
   *
   * @param uri where
   * @return the answer
   * @throws IOException on a transport failure
   * @throws InterruptedException when interrupted
   */
  public static Answer get(URI uri) throws IOException, InterruptedException {
    return send("GET", uri);
  }
}
