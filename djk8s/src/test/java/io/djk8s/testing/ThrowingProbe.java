package io.djk8s.testing;

import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import jakarta.enterprise.context.ApplicationScoped;

/** Throws something other than NotReady, with a secret in its message. */
@ApplicationScoped
@ProbeName("throwing")
public class ThrowingProbe implements ReadinessProbe {

  /** What the exception message holds, which no response may show. */
  public static final String SECRET = "password=hunter2 host=db.internal.example";

  @Override
  public void ready(ProbeContext context) {
    throw new IllegalStateException("connection failed: " + SECRET);
  }
}
