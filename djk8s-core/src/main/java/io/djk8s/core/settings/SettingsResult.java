package io.djk8s.core.settings;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading the configuration: settings, or every problem found.
 *
 * @param settings the settings when valid
 * @param problems one line per problem, each naming its key and value; empty when valid
 */
public record SettingsResult(Optional<Djk8sSettings> settings, List<String> problems) {

  /** Copies the problem list. */
  public SettingsResult {
    problems = List.copyOf(problems);
  }

  static SettingsResult valid(Djk8sSettings settings) {
    return new SettingsResult(Optional.of(settings), List.of());
  }

  static SettingsResult invalid(List<String> problems) {
    return new SettingsResult(Optional.empty(), problems);
  }
}
