package io.djk8s.core.engine;

import io.djk8s.ReadinessProbe;

/**
 * A probe that answers from the application's own state in memory and never blocks: the lifecycle
 * probes ({@code manual}, {@code shutdown}, {@code deployment}). The engine runs it on the thread
 * that asks instead of handing it to a probe thread, so that a request storm never queues it behind
 * the probes that wait on dependencies, where it could miss its deadline and answer a false "not
 * ready". Only the hosts' own lifecycle probes implement it; an application probe that did so and
 * blocked would block the request thread.
 */
@FunctionalInterface
public interface InstantProbe extends ReadinessProbe {}
