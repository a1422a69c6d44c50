package io.djk8s.testing;

import io.djk8s.ProbeName;
import jakarta.enterprise.context.ApplicationScoped;

/** Sleeps {@code test.sleep} (milliseconds), then is ready. */
@ApplicationScoped
@ProbeName("sleepB")
public class SleepBProbe extends SleepingProbe {}
