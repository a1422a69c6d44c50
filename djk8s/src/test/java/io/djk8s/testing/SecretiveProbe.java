package io.djk8s.testing;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;

/**
 * Never ready, with a generic content and a detail and cause full of what must never reach an
 * anonymous caller: a password, a host name and a JDBC URL.
 */
@ApplicationScoped
@ProbeName("secretive")
public class SecretiveProbe implements ReadinessProbe {

  /** The password in the detail. */
  public static final String PASSWORD = "hunter2-s3cret";

  /** The host name in the detail. */
  public static final String HOST = "db7.internal.example.com";

  /** The JDBC URL in the detail. */
  public static final String JDBC_URL = "jdbc:postgresql://" + HOST + ":5432/orders";

  @Override
  public void ready(ProbeContext context) throws NotReady {
    throw new NotReady(
        "secretive: not ready",
        NotReady.DEFAULT_STATUS,
        "cannot reach " + JDBC_URL + " as app/" + PASSWORD,
        new SQLException("Connection to " + HOST + " refused; password=" + PASSWORD));
  }
}
