package io.djk8s.cli.lint;

import io.djk8s.core.settings.Djk8sSettings;
import io.djk8s.core.settings.SettingsSource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A container with its djk8s settings, read by {@code SettingsReader} from the container's own
 * environment, and a place to report findings about it.
 *
 * @param workload the workload
 * @param container the container
 * @param source the container's environment as djk8s reads it
 * @param settings the settings; the defaults when the environment is invalid
 * @param findings where findings go
 */
record ContainerContext(
    Workload workload,
    Container container,
    SettingsSource source,
    Djk8sSettings settings,
    List<Finding> findings) {

  /** The environment-variable form of a dotted key, as MicroProfile Config maps it. */
  static String variable(String key) {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** Where a key's value was written, when the container's environment sets it. */
  Optional<Located> located(String key) {
    return Optional.ofNullable(container.env().get(variable(key)))
        .or(() -> Optional.ofNullable(container.env().get(key)));
  }

  void report(Rule rule, int line, String message) {
    findings.add(
        Finding.of(rule, workload.file(), line, workload.reference(), container.name(), message));
  }

  void report(Rule rule, String file, int line, String message) {
    findings.add(Finding.of(rule, file, line, workload.reference(), container.name(), message));
  }
}
