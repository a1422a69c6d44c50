package io.djk8s.core.policy;

import java.util.List;

/**
 * What {@link PolicyReader} read: the policies, or the problems that must fail the deployment, and
 * the warnings a host logs at start.
 *
 * @param policies the policies; meaningful only when {@link #problems()} is empty
 * @param problems each naming its key and value
 * @param warnings configuration that works but is likely a mistake
 */
public record PolicyResult(ProbePolicies policies, List<String> problems, List<String> warnings) {

  /** Copies the lists. */
  public PolicyResult {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /**
   * The policies, or a failure listing every problem.
   *
   * @param what what is being configured, for the message
   * @return the policies
   * @throws IllegalStateException when a key is invalid
   */
  public ProbePolicies orThrow(String what) {
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "djk8s " + what + " is misconfigured: " + String.join("; ", problems));
    }
    return policies;
  }
}
