package io.djk8s.core.selfcheck;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the kubelet would see for one HTTP probe.
 *
 * @param firstStatus the status of the first response, 0 when none arrived
 * @param status the last status received, 0 when none arrived
 * @param redirects the {@code Location}s followed, in order
 * @param offHost a redirect to another host, which the kubelet does not follow and counts as
 *     success
 * @param elapsed how long the request took, redirects included
 * @param error why no status arrived (a timeout, a refused connection), or why the kubelet gives up
 * @param body the first bytes of the body, at most {@link KubeletRequest#MAX_BODY} of them
 */
public record KubeletAnswer(
    int firstStatus,
    int status,
    List<URI> redirects,
    Optional<URI> offHost,
    Duration elapsed,
    Optional<String> error,
    String body) {

  /** Copies the redirects. */
  public KubeletAnswer {
    redirects = List.copyOf(redirects);
  }

  /**
   * The kubelet's verdict: a status from 200 to 399 (a redirect to another host included), and no
   * error.
   *
   * @return whether the probe succeeds
   */
  public boolean success() {
    return error.isEmpty() && status >= 200 && status < 400;
  }
}
