package io.djk8s.benchmarks.exec;

/** The cheapest JVM an exec probe could start: the floor of the command-line probe's cost. */
public final class Hello {

  private Hello() {}

  /**
   * Prints a greeting.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
