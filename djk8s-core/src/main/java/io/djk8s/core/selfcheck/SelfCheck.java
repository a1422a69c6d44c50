package io.djk8s.core.selfcheck;

import io.djk8s.core.settings.Djk8sSettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Once the application is up, requests its own probe paths over loopback as the kubelet would and
 * logs one WARNING per path that the kubelet would not get djk8s's answer from: a redirect, 401 or
 * 403, 404, no answer, or an answer slower than the deadline. A host that knows its listening
 * address (an embedded runtime, a servlet container after the first request, Quarkus) calls {@link
 * #run}.
 */
public final class SelfCheck {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  /** The kubelet's default {@code timeoutSeconds}: the least deadline the check applies. */
  static final Duration KUBELET_DEFAULT_TIMEOUT = Duration.ofSeconds(1);

  private final KubeletRequest request;

  /**
   * A self-check that sends its requests through a kubelet-like client.
   *
   * @param request the client
   */
  public SelfCheck(KubeletRequest request) {
    this.request = request;
  }

  /**
   * A self-check with the User-Agent of a current kubelet.
   *
   * @return the check
   */
  public static SelfCheck standard() {
    return new SelfCheck(new KubeletRequest("1.31"));
  }

  /**
   * One path the kubelet would not get djk8s's answer from.
   *
   * @param path the path
   * @param status the status, 0 when none arrived
   * @param cause what likely causes it and what to do
   */
  public record Problem(String path, int status, String cause) {

    /**
     * The WARNING line.
     *
     * @return the line
     */
    public String message() {
      return "djk8s self-check: GET "
          + path
          + (status == 0 ? " got no answer" : " answered " + status)
          + ": "
          + cause;
    }
  }

  /**
   * Requests every probe path once, logs a WARNING per problem and, under {@link
   * SelfCheckMode#FAIL}, throws.
   *
   * @param mode what to do
   * @param settings the probe paths and the deadline
   * @param base the application's loopback base URL, for example {@code http://127.0.0.1:8080/app}
   * @return the problems found
   * @throws SelfCheckFailure under {@link SelfCheckMode#FAIL} when there is a problem
   */
  public List<Problem> run(SelfCheckMode mode, Djk8sSettings settings, URI base) {
    if (mode == SelfCheckMode.OFF) {
      return List.of();
    }
    List<Problem> problems = check(settings, base);
    problems.forEach(problem -> LOG.warning(problem.message()));
    if (mode == SelfCheckMode.FAIL && !problems.isEmpty()) {
      throw new SelfCheckFailure(problems);
    }
    return problems;
  }

  /**
   * Requests every probe path once and reports what the kubelet would trip over, logging nothing.
   *
   * @param settings the probe paths and the deadline
   * @param base the application's loopback base URL
   * @return the problems found
   */
  public List<Problem> check(Djk8sSettings settings, URI base) {
    Duration deadline =
        settings.probeTimeout().compareTo(KUBELET_DEFAULT_TIMEOUT) > 0
            ? settings.probeTimeout()
            : KUBELET_DEFAULT_TIMEOUT;
    List<String> paths = new ArrayList<>(settings.healthPaths());
    paths.addAll(settings.readyPaths());
    paths.addAll(settings.startupPaths());
    String prefix =
        base.toString().endsWith("/")
            ? base.toString().substring(0, base.toString().length() - 1)
            : base.toString();
    List<Problem> problems = new ArrayList<>();
    if (!paths.isEmpty()) {
      // warms the client up (its first request loads classes), so that "slow" measures the server
      request.get(URI.create(prefix + paths.get(0)), Map.of(), deadline.multipliedBy(2));
    }
    for (String path : paths) {
      // twice the deadline, so that a slow answer is measured rather than cut off
      KubeletAnswer answer =
          request.get(URI.create(prefix + path), Map.of(), deadline.multipliedBy(2));
      classify(
              prefix.substring(
                      prefix.indexOf(base.getRawAuthority()) + base.getRawAuthority().length())
                  + path,
              answer,
              deadline)
          .ifPresent(problems::add);
    }
    return problems;
  }

  static Optional<Problem> classify(String path, KubeletAnswer answer, Duration deadline) {
    int status = answer.status();
    if (answer.error().isPresent()) {
      return Optional.of(
          new Problem(path, status, answer.error().get() + ": the kubelet would count a failure"));
    }
    if (!answer.redirects().isEmpty()
        || answer.offHost().isPresent()
        || (status >= 300 && status < 400)) {
      return Optional.of(
          new Problem(
              path,
              answer.firstStatus(),
              "a redirect (a login page, or HTTP to HTTPS) sits on the probe path; the kubelet"
                  + " follows it only to the same host and counts a redirect to another host as"
                  + " success, so the probe would say nothing about the application"));
    }
    if (status == 401 || status == 403) {
      return Optional.of(
          new Problem(
              path,
              status,
              "the probe path is behind the server's authentication and the kubelet sends no"
                  + " credentials; exempt the path from the security constraints: djk8s declares"
                  + " its paths permit-all (djk8s.servlet.permit-all=true, the default), but a"
                  + " web.xml constraint on the same exact path wins, and Open Liberty needs the"
                  + " exemption in web.xml"));
    }
    if (status == 404) {
      return Optional.of(
          new Problem(
              path,
              status,
              "nothing answers the path at this address: a context root in front of it, djk8s's"
                  + " filter turned off, or the path not configured"));
    }
    if (answer.elapsed().compareTo(deadline) > 0) {
      return Optional.of(
          new Problem(
              path,
              status,
              "the answer took "
                  + answer.elapsed().toMillis()
                  + " ms, above the deadline of "
                  + deadline.toMillis()
                  + " ms: the kubelet would count a timeout; something in front of djk8s is slow"
                  + " (a filter, a proxy, a cold start)"));
    }
    return Optional.empty();
  }
}
