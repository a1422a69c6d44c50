/**
 * djk8s on Quarkus: the composition root that builds core's engine from the probe beans ArC kept
 * and from SmallRye Config, the Vert.x route that answers the probe paths ahead of HTTP
 * authentication with the probe wait off the event loop, the lifecycle observers, and the optional
 * MicroProfile Health, Micrometer and status-file integrations. An application names none of these
 * types: it adds the dependency and writes {@link io.djk8s.ReadinessProbe} beans.
 */
package io.djk8s.quarkus;
