/**
 * Service-provider interfaces reserved for implementors of djk8s: the integration modules provide
 * them, applications never implement them.
 */
package io.djk8s.spi;
