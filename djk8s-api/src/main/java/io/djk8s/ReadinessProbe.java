package io.djk8s;

/**
 * A check that tells whether the application can serve traffic.
 *
 * <p>A probe returns normally when ready and throws {@link NotReady} when not, exactly like the
 * probes of the Python package django-kubernetes. Write one as a CDI bean, name it with {@link
 * ProbeName}, and list that name in {@code djk8s.readiness.probes}:
 *
 * <pre>{@code
 * @ApplicationScoped
 * @ProbeName("redis")
 * public class RedisProbe implements ReadinessProbe {
 *   public void ready(ProbeContext context) throws NotReady {
 *     if (!redis.ping(context.remaining())) {
 *       throw new NotReady("redis: not answering");
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>The engine runs each probe on its own thread under a deadline ({@link
 * ProbeContext#deadline()}); a probe should bound its own I/O by {@link ProbeContext#remaining()}
 * so that its thread is released when the answer is no longer wanted. Anything other than {@code
 * NotReady} that a probe throws is reported as not ready with a generic message, never as a 500.
 */
@FunctionalInterface
public interface ReadinessProbe {

  /**
   * Checks readiness.
   *
   * @param context the deadline and origin of this check; never {@code null}
   * @throws NotReady when the application must not receive traffic; its {@link NotReady#content()}
   *     and {@link NotReady#status()} become the HTTP answer
   */
  void ready(ProbeContext context) throws NotReady;
}
