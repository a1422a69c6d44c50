package io.djk8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.probes.BuiltInProbes;
import io.djk8s.core.settings.Key;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The configuration tables of the README and of {@code docs/readme-cli.md} against the key
 * descriptors: each tier's table lists exactly the keys of that tier, each row with the key's
 * default and environment variable. This module sees every descriptor: the runtime's ({@link
 * BuiltInProbes#runtimeKeys()}) and the command line's ({@link CliKeys#all()}).
 */
class ConfigurationDocsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** One table row: the cells after the key. */
  record Row(String key, String type, String defaultCell, String variable) {}

  @Test
  void readmeEssentialsListEveryEssentialRuntimeKeyWithItsDefault() throws IOException {
    Map<String, Row> rows = table(readme(), "## Configuration", "### Essentials");
    assertRowsMatch(rows, runtimeKeys(Key.Tier.ESSENTIAL));
  }

  @Test
  void readmeAdvancedTableListsEveryOtherRuntimeKeyWithItsDefault() throws IOException {
    Map<String, Row> rows = table(readme(), "## Configuration", "### Advanced");
    assertRowsMatch(rows, runtimeKeys(Key.Tier.ADVANCED));
  }

  @Test
  void readmeHasNoCommandLineKey() throws IOException {
    String readme = readme();
    for (Key key : CliKeys.all()) {
      assertThat(readme).as("README row for %s", key).doesNotContain("| `" + key.name() + "` |");
    }
  }

  @Test
  void cliDocumentListsEveryCommandLineKeyWithItsDefault() throws IOException {
    Map<String, Row> rows = table(cliDoc(), "## Configuration", "### Command-line keys");
    assertRowsMatch(rows, CliKeys.all());
  }

  @Test
  void runtimeKeysInTheCliDocumentHaveTheirRuntimeDefault() throws IOException {
    Map<String, Row> rows =
        table(cliDoc(), "## Configuration", "### Runtime keys the commands read");
    Map<String, Key> runtime = byName(BuiltInProbes.runtimeKeys());
    assertThat(runtime.keySet()).as("runtime keys").containsAll(rows.keySet());
    List<Key> shown = rows.keySet().stream().map(runtime::get).toList();
    assertRowsMatch(rows, shown);
  }

  @Test
  void everyDurationDefaultCarriesItsUnit() {
    List<Key> keys = new ArrayList<>(BuiltInProbes.runtimeKeys());
    keys.addAll(CliKeys.all());
    for (Key key : keys) {
      // a per-probe key without a default of its own inherits a global key's
      if (key.type() == Key.Type.DURATION && !key.defaultText().isEmpty()) {
        assertThat(key.defaultText()).as("default of %s", key).matches("\\d+(ms|s|m|h)");
      }
    }
  }

  private static void assertRowsMatch(Map<String, Row> rows, List<Key> keys) {
    assertThat(rows.keySet())
        .as("keys in the table")
        .containsExactlyInAnyOrderElementsOf(keys.stream().map(Key::name).toList());
    for (Key key : keys) {
      Row row = rows.get(key.name());
      assertThat(row.variable())
          .as("environment variable of %s", key)
          .isEqualTo("`" + key.environmentVariable() + "`");
      if (key.defaultText().isEmpty()) {
        assertThat(row.defaultCell())
            .as("default of %s, which has none", key)
            .matches("\\*\\(.*\\)\\*|—");
      } else {
        assertThat(row.defaultCell())
            .as("default of %s", key)
            .isEqualTo("`" + key.defaultText() + "`");
      }
      if (key.type() == Key.Type.DURATION) {
        assertThat(row.type())
            .as("type of %s, with the bounds a value outside of fails the deployment", key)
            .isEqualTo("duration " + key.min().orElse("?") + "–" + key.max().orElse("?"));
      }
      if (key.type() == Key.Type.BOOLEAN) {
        assertThat(row.type()).as("type of %s", key).isEqualTo("boolean");
      }
    }
  }

  private static List<Key> runtimeKeys(Key.Tier tier) {
    return BuiltInProbes.runtimeKeys().stream().filter(k -> k.tier() == tier).toList();
  }

  private static Map<String, Key> byName(List<Key> keys) {
    return keys.stream()
        .collect(Collectors.toMap(Key::name, k -> k, (a, b) -> a, LinkedHashMap::new));
  }

  /** The rows of the first table under a heading inside a section. */
  static Map<String, Row> table(String markdown, String section, String heading) {
    int start = markdown.indexOf("\n" + section + "\n");
    assertThat(start).as("section %s", section).isNotNegative();
    int at = markdown.indexOf("\n" + heading + "\n", start);
    assertThat(at).as("heading %s", heading).isNotNegative();
    Map<String, Row> rows = new LinkedHashMap<>();
    boolean inTable = false;
    for (String line : markdown.substring(at + heading.length() + 2).split("\n")) {
      if (line.startsWith("#")) {
        break;
      }
      if (!line.startsWith("|")) {
        if (inTable) {
          break;
        }
        continue;
      }
      inTable = true;
      List<String> cells = cells(line);
      if (cells.get(0).equals("key") || cells.get(0).startsWith("---")) {
        continue;
      }
      String key = cells.get(0).replace("`", "");
      assertThat(rows).as("rows of %s", heading).doesNotContainKey(key);
      rows.put(key, new Row(key, cells.get(1), cells.get(2), cells.get(3)));
    }
    assertThat(rows).as("table under %s", heading).isNotEmpty();
    return rows;
  }

  /** Splits a table row on unescaped {@code |}. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return cells;
  }

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"));
  }

  private static String cliDoc() throws IOException {
    return Files.readString(ROOT.resolve("docs/readme-cli.md"));
  }
}
