package io.djk8s.quarkus;

import io.djk8s.ProbeOrigin;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeOutcome;
import io.djk8s.core.engine.ProbeReport;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.http.Caller;
import io.djk8s.core.http.ProbeAnswer;
import io.djk8s.core.http.ProbeAnswers;
import io.djk8s.core.http.ProbeTarget;
import io.djk8s.core.policy.ProbePolicies;
import io.djk8s.core.settings.Djk8sSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The answers the event loop gives itself, with no hop to a djk8s thread: those for which no probe
 * has to run. That is a group without probes (the default {@code /livez}), the startup probes once
 * they have passed, a selection {@code ?exclude=} emptied, and probes whose finished results the
 * engine would reuse ({@code djk8s.probe.cache-ttl}, {@link ProbeService#reused}). Core's {@link
 * ProbeAnswers} builds the answer, over a view of the engine that never runs or waits: where a
 * probe would have to run, the view gives up and the request goes to a djk8s thread as before.
 */
final class NoWaitAnswers {

  private static final MustRun MUST_RUN = new MustRun();

  private final ProbeService service;
  private final ProbeAnswers answers;

  /**
   * The event loop's answers for an engine.
   *
   * @param service the engine
   */
  NoWaitAnswers(ProbeService service) {
    this.service = service;
    this.answers = new ProbeAnswers(new View());
  }

  /**
   * Answers a request if no probe has to run for it.
   *
   * @param target what the request asks for
   * @param query its query parameters
   * @param head {@code true} for HEAD
   * @param caller the caller
   * @return the answer, or empty when a probe must run (or the probe is unknown)
   */
  Optional<ProbeAnswer> answer(
      ProbeTarget target, Map<String, List<String>> query, boolean head, Caller caller) {
    try {
      return answers.answer(target, query, head, caller);
    } catch (MustRun e) {
      return Optional.empty();
    }
  }

  /** Thrown through {@link ProbeAnswers} when a probe would have to run; no stack trace. */
  private static final class MustRun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MustRun() {
      super("a probe must run", null, false, false);
    }
  }

  /** The engine as the event loop may use it: runs nothing, waits for nothing. */
  private final class View implements ProbeService {

    @Override
    public Djk8sSettings settings() {
      return service.settings();
    }

    @Override
    public List<NamedProbe> probes(ProbeGroup group) {
      return service.probes(group);
    }

    @Override
    public ProbeReport run(
        ProbeGroup group, List<NamedProbe> selected, ProbeOrigin origin, Duration reuse) {
      if (group == ProbeGroup.STARTUP) {
        if (!service.started()) {
          throw MUST_RUN; // the startup gate latches on the runs it sees
        }
        return service.run(group, selected, origin, reuse); // answers ready without running
      }
      return service.reused(selected, reuse).orElseThrow(() -> MUST_RUN);
    }

    @Override
    public Optional<ProbeReport> reused(List<NamedProbe> selected, Duration reuse) {
      return service.reused(selected, reuse);
    }

    @Override
    public boolean started() {
      return service.started();
    }

    @Override
    public ProbePolicies policies() {
      return service.policies();
    }

    @Override
    public void prefetch(ProbeGroup group, ProbeOrigin origin, Duration reuse) {
      throw new UnsupportedOperationException("the event loop's view runs nothing");
    }

    @Override
    public void invalidate(String name) {
      throw new UnsupportedOperationException("the event loop's view runs nothing");
    }

    @Override
    public void addListener(Consumer<ProbeOutcome> listener) {
      throw new UnsupportedOperationException("the event loop's view runs nothing");
    }

    @Override
    public void close() {
      // nothing of its own
    }
  }
}
