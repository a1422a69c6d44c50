package io.djk8s.tck.health;

import java.io.File;
import org.jboss.arquillian.container.test.spi.client.deployment.ApplicationArchiveProcessor;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Puts {@code djk8s.jar}, {@code djk8s-api.jar} and {@code djk8s-core.jar} into {@code WEB-INF/lib}
 * of every TCK WAR, as an application using djk8s would: its CDI extension, servlet initializer and
 * probes are then live in each deployment the TCK checks.
 */
public class AddDjk8sJars implements ApplicationArchiveProcessor {

  @Override
  public void process(Archive<?> archive, TestClass testClass) {
    if (archive instanceof WebArchive war) {
      war.addAsLibraries(
          jar("djk8s.tck.djk8s.jar"),
          jar("djk8s.tck.djk8s-api.jar"),
          jar("djk8s.tck.djk8s-core.jar"));
    }
  }

  private static File jar(String property) {
    File jar = new File(System.getProperty(property, ""));
    if (!jar.isFile()) {
      throw new IllegalStateException(property + " does not name a jar: " + jar);
    }
    return jar;
  }
}
