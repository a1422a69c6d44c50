package io.djk8s.core.probes.http;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import io.djk8s.core.builtin.BuiltInProbe;
import io.djk8s.core.builtin.ProbeHost;
import io.djk8s.core.net.Dialer;
import io.djk8s.core.net.Fanout;
import io.djk8s.core.net.IoDeadline;
import io.djk8s.core.net.SafeUrl;
import io.djk8s.core.settings.Key;
import io.djk8s.core.settings.KeyReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ready when a GET to every URL of {@code djk8s.http.urls} answers 200 to 399, the kubelet's rule
 * for {@code httpGet} probes. Redirects are not followed (a 3xx is ready), no proxy is used, and
 * one deadline bounds the whole exchange (DNS, connect, TLS, the status line and headers), so a
 * server that trickles its answer is cut short. {@code https} verifies the server's certificate
 * against the JVM's trust store ({@code javax.net.ssl.trustStore}) and its host name. Logs show
 * URLs without user information or query values.
 */
@ProbeName("http")
public class HttpProbe implements ReadinessProbe, AutoCloseable {

  /** The body of a not-ready answer. */
  public static final String NOT_READY_CONTENT = "http: dependency not ready";

  private List<SafeUrl> urls;
  private Dialer plain;
  private Dialer tls;
  private Fanout fanout;

  /** URLs the probe GETs; 200 to 399 is ready. */
  public static final Key URLS = Key.list("djk8s.http.urls", "", "URLs to GET");

  /** The declaration of the built-in {@code http} probe. */
  public static final BuiltInProbe DESCRIPTOR =
      new BuiltInProbe(
          "http", HttpProbe.class, true, List.of(URLS), HttpProbe::validate, HttpProbe::new);

  private HttpProbe(KeyReader config, ProbeHost host) {
    init(urls(config), Dialer.PLAIN, Dialer.TLS);
  }

  /**
   * A probe on given connections, for tests.
   *
   * @param urls the URLs
   * @param plain opens {@code http} connections
   * @param tls opens {@code https} connections
   */
  HttpProbe(List<SafeUrl> urls, Dialer plain, Dialer tls) {
    init(urls, plain, tls);
  }

  private void init(List<SafeUrl> urls, Dialer plain, Dialer tls) {
    this.urls = List.copyOf(urls);
    this.plain = plain;
    this.tls = tls;
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
    int status = HttpGet.status(url, plain, tls, deadline);
    if (status < 200 || status > 399) {
      throw new IOException("HTTP " + status + " (ready is 200 to 399)");
    }
  }

  @Override
  public void close() {
    fanout.close();
  }
}
