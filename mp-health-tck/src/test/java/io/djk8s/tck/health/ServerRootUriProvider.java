package io.djk8s.tck.health;

import java.lang.annotation.Annotation;
import java.net.URI;
import org.jboss.arquillian.container.test.impl.enricher.resource.URIResourceProvider;
import org.jboss.arquillian.test.api.ArquillianResource;

/**
 * The TCK appends {@code /health} to its {@code URI}, so it must be the server's root, while the
 * Payara Micro and Open Liberty adapters give the deployment's context root ({@code
 * http://host:port/SingleLivenessSuccessfulTest/}): this keeps their scheme, host and port and
 * drops the path (and the trailing slash, which would make {@code //health}).
 */
public class ServerRootUriProvider extends URIResourceProvider {

  @Override
  public Object lookup(ArquillianResource resource, Annotation... qualifiers) {
    URI context = (URI) super.lookup(resource, qualifiers);
    return URI.create(context.getScheme() + "://" + context.getAuthority());
  }
}
