package io.djk8s.core.probes.http;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import io.djk8s.core.builtin.BuiltInProbe;
import io.djk8s.core.builtin.ProbeHost;
import io.djk8s.core.net.Fanout;
import io.djk8s.core.net.IoDeadline;
import io.djk8s.core.net.Refused;
import io.djk8s.core.net.SafeUrl;
import io.djk8s.core.settings.Key;
import io.djk8s.core.settings.KeyReader;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ready when a GET to every URL of {@code djk8s.http.urls} answers 200 to 399, the kubelet's rule
 * for {@code httpGet} probes. Redirects are not followed (a 3xx is ready), no proxy is used, and
 * the connect and read timeouts are what is left of the probe's deadline. Logs show URLs without
 * user information or query values.
 */
@ProbeName("http")
public class HttpProbe implements ReadinessProbe, AutoCloseable {

  /** The body of a not-ready answer. */
  public static final String NOT_READY_CONTENT = "http: dependency not ready";

  /** Opens one request; replaced in unit tests. */
  @FunctionalInterface
  interface Opener {
    /**
     * Opens a connection without sending it.
     *
     * @param url the URL
     * @return the connection
     * @throws IOException when it cannot be opened
     */
    HttpURLConnection open(SafeUrl url) throws IOException;
  }

  private List<SafeUrl> urls;
  private Opener opener;
  private Fanout fanout;

  /** URLs the probe GETs; 200 to 399 is ready. */
  public static final Key URLS = Key.list("djk8s.http.urls", "", "URLs to GET");

  /** The declaration of the built-in {@code http} probe. */
  public static final BuiltInProbe DESCRIPTOR =
      new BuiltInProbe(
          "http", HttpProbe.class, true, List.of(URLS), HttpProbe::validate, HttpProbe::new);

  private HttpProbe(KeyReader config, ProbeHost host) {
    init(urls(config), url -> (HttpURLConnection) url.uri().toURL().openConnection(Proxy.NO_PROXY));
  }

  HttpProbe(List<SafeUrl> urls, Opener opener) {
    init(urls, opener);
  }

  private void init(List<SafeUrl> urls, Opener opener) {
    this.urls = List.copyOf(urls);
    this.opener = opener;
    this.fanout = new Fanout("djk8s-http");
  }

  /**
   * Reads {@code djk8s.http.urls}; at least one is needed.
   *
   * @param config the configuration
   * @return the URLs
   */
  static List<SafeUrl> urls(KeyReader config) {
    List<SafeUrl> urls = new java.util.ArrayList<>();
    for (String item : config.list(URLS)) {
      SafeUrl.parse(item)
          .ifPresentOrElse(
              urls::add,
              () ->
                  config.problem(
                      URLS,
                      SafeUrl.shown(item),
                      "not an absolute http:// or https:// URL with a host, for example"
                          + " 'http://search.internal:9200/_cluster/health'"));
    }
    if (urls.isEmpty() && config.problems().isEmpty()) {
      config.problem(
          URLS,
          "",
          "the http probe is selected but has no URL; list one, for example"
              + " 'http://search.internal:9200/_cluster/health'");
    }
    return urls;
  }

  /**
   * Reads this probe's configuration into a reader that collects its problems: the deployment
   * check.
   *
   * @param config collects problems
   */
  public static void validate(KeyReader config) {
    urls(config);
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    IoDeadline deadline = IoDeadline.of(context);
    Map<SafeUrl, String> failures = fanout.failures(urls, url -> get(url, deadline), deadline);
    if (!failures.isEmpty()) {
      throw new NotReady(
          NOT_READY_CONTENT,
          failures.size()
              + " of "
              + urls.size()
              + " URL"
              + (urls.size() == 1 ? "" : "s")
              + " failed: "
              + failures.entrySet().stream()
                  .map(failure -> failure.getKey() + ": " + failure.getValue())
                  .collect(Collectors.joining("; ")),
          null);
    }
  }

  private void get(SafeUrl url, IoDeadline deadline) throws IOException {
    HttpURLConnection connection = opener.open(url);
    try {
      Duration connect = deadline.left("connect");
      connection.setConnectTimeout(IoDeadline.millisAtLeastOne(connect));
      connection.setReadTimeout(IoDeadline.millisAtLeastOne(connect));
      connection.setInstanceFollowRedirects(false);
      connection.setUseCaches(false);
      connection.setRequestProperty("User-Agent", "djk8s-probe");
      int status;
      try {
        status = connection.getResponseCode();
      } catch (SocketTimeoutException e) {
        throw new SocketTimeoutException(
            "no answer within the " + connect.toMillis() + " ms left (" + e.getMessage() + ")");
      }
      if (status < 200 || status > 399) {
        throw new IOException("HTTP " + status + " (ready is 200 to 399)");
      }
    } catch (java.net.ConnectException e) {
      throw new java.net.ConnectException(Refused.describe(e));
    } finally {
      connection.disconnect(); // closes the socket: nothing of the body is read
    }
  }

  @Override
  public void close() {
    fanout.close();
  }
}
