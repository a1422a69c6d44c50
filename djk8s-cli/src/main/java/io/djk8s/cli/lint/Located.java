package io.djk8s.cli.lint;

/**
 * A value and the line it was written on.
 *
 * @param value the value
 * @param file the file it comes from
 * @param line its 1-based line
 */
public record Located(String value, String file, int line) {}
