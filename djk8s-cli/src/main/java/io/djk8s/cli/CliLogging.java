package io.djk8s.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logging of the heavier commands: one-line records, and djk8s's own probe-transition messages
 * silenced (the command prints the result itself), unless a {@code java.util.logging} configuration
 * is given. The fast probe modes never touch logging, so they never load it.
 */
final class CliLogging {

  private static final Logger DJK8S = Logger.getLogger("io.djk8s");

  private CliLogging() {}

  static void configure() {
    if (System.getProperty("java.util.logging.config.file") == null
        && System.getProperty("java.util.logging.config.class") == null) {
      if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s: %5$s%6$s%n");
      }
      DJK8S.setLevel(Level.SEVERE);
    }
  }
}
