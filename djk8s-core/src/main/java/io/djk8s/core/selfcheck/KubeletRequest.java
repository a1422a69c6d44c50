package io.djk8s.core.selfcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP probe as the kubelet sends it: {@code GET} with {@code User-Agent: kube-probe/<version>}
 * and {@code Accept: *}{@code /*}, no credentials and no cookies, the probe's own headers, one
 * deadline for the whole exchange; redirects followed only to the same host name, at most 10; at
 * most 10 KiB of body read.
 */
public final class KubeletRequest {

  /** The most body the kubelet reads. */
  public static final int MAX_BODY = 10 * 1024;

  /** The most redirects the kubelet follows. */
  public static final int MAX_REDIRECTS = 10;

  private final String kubernetesVersion;
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /**
   * A request maker.
   *
   * @param kubernetesVersion the version in {@code User-Agent}, {@code major.minor} ({@code 1.31})
   */
  public KubeletRequest(String kubernetesVersion) {
    this.kubernetesVersion = Objects.requireNonNull(kubernetesVersion, "kubernetesVersion");
  }

  /**
   * Sends the probe.
   *
   * @param url the probe's URL
   * @param headers the probe's {@code httpHeaders}, name to value
   * @param timeout {@code timeoutSeconds}
   * @return what the kubelet would see; never throws for a failing server
   */
  public KubeletAnswer get(URI url, Map<String, String> headers, Duration timeout) {
    long start = System.nanoTime();
    List<URI> redirects = new ArrayList<>();
    URI current = url;
    int first = 0;
    try {
      while (true) {
        Duration left = timeout.minusNanos(System.nanoTime() - start);
        if (left.isNegative() || left.isZero()) {
          throw new HttpTimeoutException("timed out");
        }
        HttpRequest.Builder request =
            HttpRequest.newBuilder(current)
                .GET()
                .timeout(left)
                .header("User-Agent", "kube-probe/" + kubernetesVersion)
                .header("Accept", "*/*");
        headers.forEach(
            (name, value) -> {
              if (!name.equalsIgnoreCase("Host")) {
                request.setHeader(name, value);
              }
            });
        HttpResponse<InputStream> response =
            client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        String body = read(response.body());
        int status = response.statusCode();
        first = first == 0 ? status : first;
        Optional<String> location = response.headers().firstValue("Location");
        if (!isRedirect(status) || location.isEmpty()) {
          return answer(first, status, redirects, Optional.empty(), start, Optional.empty(), body);
        }
        URI next = current.resolve(location.get());
        if (!sameHost(url, next)) {
          return answer(first, status, redirects, Optional.of(next), start, Optional.empty(), body);
        }
        if (redirects.size() >= MAX_REDIRECTS) {
          return answer(
              first,
              status,
              redirects,
              Optional.empty(),
              start,
              Optional.of("stopped after 10 redirects"),
              body);
        }
        redirects.add(next);
        current = next;
      }
    } catch (HttpTimeoutException e) {
      return answer(
          first,
          0,
          redirects,
          Optional.empty(),
          start,
          Optional.of("no answer within " + timeout.toMillis() + " ms"),
          "");
    } catch (IOException e) {
      return answer(
          first,
          0,
          redirects,
          Optional.empty(),
          start,
          Optional.of("no answer: " + describe(e)),
          "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return answer(first, 0, redirects, Optional.empty(), start, Optional.of("interrupted"), "");
    }
  }

  private static KubeletAnswer answer(
      int first,
      int status,
      List<URI> redirects,
      Optional<URI> offHost,
      long start,
      Optional<String> error,
      String body) {
    return new KubeletAnswer(
        first,
        status,
        redirects,
        offHost,
        Duration.ofNanos(System.nanoTime() - start),
        error,
        body);
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static boolean sameHost(URI first, URI next) {
    return first.getHost() != null
        && next.getHost() != null
        && first.getHost().toLowerCase(Locale.ROOT).equals(next.getHost().toLowerCase(Locale.ROOT));
  }

  private static String read(InputStream in) throws IOException {
    try (in) {
      return new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
    }
  }

  private static String describe(IOException e) {
    String name = e.getClass().getSimpleName();
    return e.getMessage() == null ? name : name + " " + e.getMessage();
  }
}
