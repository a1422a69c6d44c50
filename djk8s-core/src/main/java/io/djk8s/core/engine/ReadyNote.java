package io.djk8s.core.engine;

/**
 * Implemented by a probe that has something to say when it is ready, such as the {@code memcached}
 * probe with no server configured: verbose output shows {@code [+]memcached ok: <note>}. A note is
 * fixed text with no host names and no secrets, since it is shown whatever {@code djk8s.details}
 * says.
 */
public interface ReadyNote {

  /**
   * The note of the last ready run.
   *
   * @return the note, or the empty string for none
   */
  String readyNote();
}
