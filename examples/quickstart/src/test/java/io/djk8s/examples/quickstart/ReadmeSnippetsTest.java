package io.djk8s.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * The configuration tables are checked against the key descriptors by {@code
 * io.djk8s.cli.ConfigurationDocsTest}, in the one module that sees every key.
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
}
