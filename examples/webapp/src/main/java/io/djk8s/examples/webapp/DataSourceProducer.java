package io.djk8s.examples.webapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exposes the server's datasource as a CDI bean, which djk8s's {@code database} probe finds. Each
 * server defines the datasource its own way (Liberty {@code server.xml}, WildFly's datasources
 * subsystem, Payara's JDBC resource) under its own JNDI name, given by {@code
 * webapp.datasource.jndi} (env {@code WEBAPP_DATASOURCE_JNDI}).
 */
@ApplicationScoped
public class DataSourceProducer {

  @Inject
  @ConfigProperty(name = "webapp.datasource.jndi", defaultValue = "jdbc/app")
  String jndiName;

  @Produces
  @ApplicationScoped
  DataSource dataSource() throws NamingException {
    return (DataSource) new InitialContext().lookup(jndiName);
  }
}
