/**
 * The edges of an application's life: the startup gate ({@code /startupz}, the built-in {@code
 * deployment} probe), the drain on shutdown (the built-in {@code shutdown} probe), the manual
 * readiness state behind {@link io.djk8s.ReadinessControl} (the built-in {@code manual} probe),
 * {@link io.djk8s.ReadinessChanged} events, and optional probe metrics.
 */
package io.djk8s.lifecycle;
