package io.djk8s.core.http;

import io.djk8s.ProbeOrigin;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeNames;
import io.djk8s.core.engine.ProbeOutcome;
import io.djk8s.core.engine.ProbeReport;
import io.djk8s.core.engine.ProbeService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that turns a probe request into an HTTP answer, whatever the transport: 200 {@code
 * Ok} when ready; otherwise the first failing probe's status and content; never a 500. Handles
 * {@code /readyz/<name>}, {@code ?verbose} and {@code ?exclude=}. Every answer carries {@code
 * Cache-Control: no-store} and {@code X-Content-Type-Options: nosniff}. Runs the probes on the
 * calling thread's behalf and waits for them (at most the probe deadline): a transport whose thread
 * must not block calls it from a worker.
 */
public final class ProbeAnswers {

  private final ProbeService runtime;

  /**
   * Answers from an engine.
   *
   * @param runtime the engine
   */
  public ProbeAnswers(ProbeService runtime) {
    this.runtime = runtime;
  }

  /**
   * Matches a path against the configured probe paths.
   *
   * @param path the request path relative to the application root
   * @return what the path asks for, or empty when it is not a probe path
   */
  public Optional<ProbeTarget> match(String path) {
    return ProbePaths.match(runtime.settings(), path);
  }

  /**
   * Answers a request for a path, if it is a probe path.
   *
   * @param path the request path relative to the application root
   * @param query the request's query parameters
   * @param head {@code true} for HEAD, which gets no body
   * @param caller the caller; under {@code djk8s.details=when-authorized} it decides whether
   *     verbose output shows reasons
   * @return the answer, or empty when the path is not djk8s's (the request goes on untouched)
   */
  public Optional<ProbeAnswer> answer(
      String path, Map<String, List<String>> query, boolean head, Caller caller) {
    return match(path).flatMap(target -> answer(target, query, head, caller));
  }

  /**
   * Answers a request for a matched target.
   *
   * @param target what the request asks for
   * @param query the request's query parameters
   * @param head {@code true} for HEAD, which gets no body
   * @param caller the caller
   * @return the answer, or empty when {@code /readyz/<name>} names no configured probe
   */
  public Optional<ProbeAnswer> answer(
      ProbeTarget target, Map<String, List<String>> query, boolean head, Caller caller) {
    List<NamedProbe> group = runtime.probes(target.group());
    List<NamedProbe> selected = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    List<String> unknownExclusions = new ArrayList<>();
    if (target.probe().isPresent()) {
      Optional<NamedProbe> one =
          group.stream().filter(p -> p.name().equals(target.probe().get())).findFirst();
      if (one.isEmpty()) {
        return Optional.empty();
      }
      selected.add(one.get());
    } else {
      Set<String> exclude = Set.copyOf(query.getOrDefault("exclude", List.of()));
      for (NamedProbe probe : group) {
        if (exclude.contains(probe.name())) {
          excluded.add(probe.name());
        } else {
          selected.add(probe);
        }
      }
      exclude.stream()
          .filter(name -> group.stream().noneMatch(p -> p.name().equals(name)))
          .filter(ProbeNames::isValid)
          .sorted()
          .forEach(unknownExclusions::add);
    }
    // each probe's own reuse windows (djk8s.probes.<name>.cache-ttl over djk8s.probe.cache-ttl)
    ProbeReport report = runtime.run(target.group(), selected, ProbeOrigin.HTTP, Duration.ZERO);
    // an optional probe never decides /readyz, but asked for by name it answers its own state
    ProbeReport decisive = target.probe().isPresent() ? new ProbeReport(report.outcomes()) : report;
    int status = decisive.firstFailure().map(ProbeOutcome::status).orElse(200);
    String body;
    if (query.containsKey("verbose")) {
      body =
          VerboseBody.of(
              target.checkName(),
              report,
              decisive.ready(),
              excluded,
              unknownExclusions,
              ReasonVisibility.allows(runtime.settings(), caller));
    } else {
      body = decisive.firstFailure().map(ProbeOutcome::content).orElse(ProbeOutcome.OK);
    }
    return Optional.of(ProbeAnswer.of(status, head ? null : body));
  }
}
