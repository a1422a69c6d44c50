package io.djk8s.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.settings.Djk8sKeys;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's code snippets that name an example file must be taken from it, so they cannot go
 * stale: a {@code java} block that follows a link to {@code examples/...java} appears in that file.
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
  private static final Pattern SNIPPET =
      Pattern.compile(
          "\\((examples/[^)\\s]+\\.java)\\):?\\s*\\n+```java\\n(.*?)```", Pattern.DOTALL);

  private static String normalized(String code) {
    return code.replaceAll("\\s+", " ").trim();
  }

  @Test
  void everyLinkedSnippetIsTakenFromItsExampleFile() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher matcher = SNIPPET.matcher(readme);
    List<String> checked = new ArrayList<>();
    while (matcher.find()) {
      Path source = ROOT.resolve(matcher.group(1));
      assertThat(source).as("file linked from the README").exists();
      assertThat(normalized(Files.readString(source)))
          .as("README snippet taken from %s", matcher.group(1))
          .contains(normalized(matcher.group(2)));
      checked.add(matcher.group(1));
    }

    assertThat(checked).as("README snippets linked to example files").isNotEmpty();
  }

  @Test
  void everyConfigurationKeyIsInTheReadmeTable() throws IOException, IllegalAccessException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    List<String> keys = new ArrayList<>();
    for (Field field : Djk8sKeys.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers())
          && field.getType() == String.class
          && !field.getName().endsWith("_DEFAULT")) {
        keys.add((String) field.get(null));
      }
    }

    assertThat(keys).as("keys declared in Djk8sKeys").hasSizeGreaterThan(20);
    for (String key : keys) {
      assertThat(readme)
          .as("README configuration table row for %s", key)
          .contains("| `" + key + "` |");
    }
  }
}
