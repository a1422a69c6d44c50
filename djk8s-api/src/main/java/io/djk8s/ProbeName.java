package io.djk8s;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a probe bean its short name, used in {@code djk8s.readiness.probes}, logs, verbose output,
 * per-probe paths ({@code /readyz/<name>}) and the MicroProfile Health check name.
 *
 * <p>Without it a probe is named after its class: the simple name without a trailing {@code Probe},
 * first letter in lower case ({@code RedisProbe} is {@code redis}). A name is made of letters,
 * digits, {@code -}, {@code _} and {@code .}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProbeName {

  /**
   * The probe's name.
   *
   * @return a name such as {@code database} or {@code redis}
   */
  String value();
}
