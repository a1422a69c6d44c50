/**
 * Service-provider interfaces, reserved for applications and integrators that plug their own
 * implementations into djk8s's tools.
 */
package io.djk8s.cli.spi;
