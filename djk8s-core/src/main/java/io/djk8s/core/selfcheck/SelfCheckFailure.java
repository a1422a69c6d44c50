package io.djk8s.core.selfcheck;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown under {@code djk8s.self-check=fail} when the self-check found a problem. */
public final class SelfCheckFailure extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The problems, each already logged. */
  private final transient List<SelfCheck.Problem> problems;

  SelfCheckFailure(List<SelfCheck.Problem> problems) {
    super(
        SelfCheckMode.KEY
            + "=fail: "
            + problems.stream().map(SelfCheck.Problem::message).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /**
   * The problems found.
   *
   * @return the problems
   */
  public List<SelfCheck.Problem> problems() {
    return problems;
  }
}
