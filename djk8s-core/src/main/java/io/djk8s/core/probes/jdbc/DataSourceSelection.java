package io.djk8s.core.probes.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The datasources a probe checks: all of them when the selection key is empty, otherwise the named
 * ones in the order given. A selected name that matches no datasource is reported, not ignored: a
 * typo must not turn the probe into one that always passes.
 *
 * @param selected the datasources to check
 * @param unknown the selected names that match no datasource
 */
public record DataSourceSelection(List<NamedDataSource> selected, List<String> unknown) {

  /** Copies the lists. */
  public DataSourceSelection {
    selected = List.copyOf(selected);
    unknown = List.copyOf(unknown);
  }

  /**
   * Applies a selection.
   *
   * @param found every datasource found
   * @param names the selected names; empty for all
   * @return the selection
   */
  public static DataSourceSelection of(List<NamedDataSource> found, List<String> names) {
    if (names.isEmpty()) {
      return new DataSourceSelection(found, List.of());
    }
    List<NamedDataSource> selected = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String name : names) {
      Optional<NamedDataSource> match =
          found.stream().filter(dataSource -> dataSource.name().equals(name)).findFirst();
      if (match.isPresent()) {
        selected.add(match.get());
      } else {
        unknown.add(name);
      }
    }
    return new DataSourceSelection(selected, unknown);
  }

  /**
   * Splits a comma-separated list, dropping blanks.
   *
   * @param value the list, possibly empty
   * @return the trimmed items
   */
  public static List<String> names(String value) {
    List<String> names = new ArrayList<>();
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        names.add(item.trim());
      }
    }
    return names;
  }
}
