package io.djk8s.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One case of {@code status-conformance.txt}: status files, a command line and what every reader
 * must answer. Placeholders are filled in by {@link #resolve}.
 */
record ConformanceCase(
    String name,
    List<String> args,
    Map<String, String> env,
    Map<String, String> files,
    int exit,
    List<String> out,
    List<String> err,
    String log,
    boolean answeredByShell) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)([+-]\\d+)?(s?)\\}");

  @Override
  public String toString() {
    return name;
  }

  /** The values of the placeholders. */
  record Values(Path dir, long nowMillis, long pid, long start) {
    String fill(String text) {
      Matcher matcher = PLACEHOLDER.matcher(text);
      StringBuilder filled = new StringBuilder();
      while (matcher.find()) {
        long offset = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
        String value =
            switch (matcher.group(1)) {
              case "dir" -> dir.toString();
              case "now" -> Long.toString(nowMillis + offset * 1000);
              case "pid" -> Long.toString(pid);
              case "start" -> Long.toString(start + offset);
              default -> matcher.group();
            };
        matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
      }
      return matcher.appendTail(filled).toString();
    }

    /** A pattern: the text literally, {@code {n}} any number, {@code {time}} an instant. */
    List<String> fill(List<String> lines) {
      return lines.stream().map(this::fill).toList();
    }

    Pattern pattern(String text) {
      String filled = fill(text);
      StringBuilder regex = new StringBuilder();
      Matcher matcher = Pattern.compile("\\{n\\}|\\{time\\}").matcher(filled);
      int last = 0;
      while (matcher.find()) {
        regex.append(Pattern.quote(filled.substring(last, matcher.start())));
        regex.append(
            matcher.group().equals("{n}")
                ? "\\d+"
                : "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
        last = matcher.end();
      }
      return Pattern.compile(regex.append(Pattern.quote(filled.substring(last))).toString());
    }
  }

  static List<ConformanceCase> load() throws IOException {
    String text;
    try (InputStream in = ConformanceCase.class.getResourceAsStream("status-conformance.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<ConformanceCase> cases = new ArrayList<>();
    for (String block : text.split("\\n\\s*\\n")) {
      Builder builder = new Builder();
      for (String line : block.split("\\n")) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        int colon = line.indexOf(": ");
        String key = colon < 0 ? line.replace(":", "") : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 2);
        builder.add(key, value);
      }
      if (builder.name != null) {
        cases.add(builder.build());
      }
    }
    return cases;
  }

  private static final class Builder {
    String name;
    List<String> args = List.of();
    Map<String, String> env = new LinkedHashMap<>();
    Map<String, String> files = new LinkedHashMap<>();
    int exit = -1;
    List<String> out = new ArrayList<>();
    List<String> err = new ArrayList<>();
    String log;
    Boolean shell;

    void add(String key, String value) {
      switch (key) {
        case "case" -> name = value;
        case "args" -> args = List.of(value.split(" "));
        case "env" ->
            env.put(
                value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
        case "ready", "live" -> files.put(key, value.replace("\\n", "\n"));
        case "exit" -> exit = Integer.parseInt(value);
        case "out" -> out.add(value);
        case "err" -> err.add(value);
        case "log" -> log = value;
        case "answered" -> shell = value.equals("sh");
        default -> throw new IllegalArgumentException("status-conformance.txt: unknown key " + key);
      }
    }

    ConformanceCase build() {
      if (exit < 0 || shell == null) {
        throw new IllegalArgumentException(name + ": needs exit: and answered:");
      }
      return new ConformanceCase(name, args, env, files, exit, out, err, log, shell);
    }
  }
}
