package io.djk8s.core.probes.jdbc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs each datasource's changes between ready and not ready, once per change, naming the
 * datasource and the cause: with several datasources the probe as a whole may stay not ready while
 * the failing datasource changes, and the operator must still see each one.
 */
final class DataSourceTransitions {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final String probe;
  private final Map<String, Boolean> okByName = new ConcurrentHashMap<>();

  DataSourceTransitions(String probe) {
    this.probe = probe;
  }

  CheckResult observe(CheckResult result) {
    Boolean before = okByName.put(result.name(), result.ok());
    boolean changed = before == null ? !result.ok() : before != result.ok();
    if (!changed) {
      LOG.log(Level.FINE, () -> "djk8s: " + probe + " probe: " + result);
    } else if (result.ok()) {
      LOG.info(
          () -> "djk8s: " + probe + " probe: datasource '" + result.name() + "' is ready again");
    } else {
      LOG.warning(
          () ->
              "djk8s: "
                  + probe
                  + " probe: datasource '"
                  + result.name()
                  + "' is not ready: "
                  + result.reason()
                  + result
                      .cause()
                      .map(cause -> " (" + cause.getClass().getName() + ")")
                      .orElse(""));
    }
    return result;
  }
}
