package io.djk8s.tck;

import java.lang.reflect.Proxy;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.OperationNotSupportedException;
import javax.naming.spi.InitialContextFactory;
import javax.sql.DataSource;

/**
 * The JNDI name {@code jdbc/app} for the example on Helidon MP, which has no naming service: loaded
 * in the Helidon process ({@code -Djava.naming.factory.initial}), it binds {@code jdbc/app} to the
 * PostgreSQL driver's own {@code PGSimpleDataSource} (the class Payara's pool uses) at the URL in
 * {@code djk8s.tck.helidon.jdbc-url}, so the WAR's unchanged {@code DataSourceProducer} finds a
 * real datasource. Every other name is not bound, as on a server without a default datasource.
 */
public final class HelidonNaming implements InitialContextFactory {

  /** The only bound name. */
  static final String NAME = "jdbc/app";

  /** The system property with the JDBC URL of {@link #NAME}. */
  static final String URL_PROPERTY = "djk8s.tck.helidon.jdbc-url";

  /** Created by JNDI from the class name. */
  public HelidonNaming() {}

  @Override
  public Context getInitialContext(Hashtable<?, ?> environment) {
    return (Context)
        Proxy.newProxyInstance(
            Context.class.getClassLoader(),
            new Class<?>[] {Context.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "lookup" -> lookup(String.valueOf(args[0]));
                  case "close" -> null;
                  case "getEnvironment" -> new Hashtable<>(environment);
                  case "toString" -> "HelidonNaming{" + NAME + "}";
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> throw new OperationNotSupportedException(method.getName());
                });
  }

  private static DataSource lookup(String name) throws Exception {
    if (!NAME.equals(name)) {
      throw new NameNotFoundException(name);
    }
    String url = System.getProperty(URL_PROPERTY);
    if (url == null) {
      throw new NameNotFoundException(name + ": " + URL_PROPERTY + " is not set");
    }
    Object dataSource =
        Class.forName("org.postgresql.ds.PGSimpleDataSource").getConstructor().newInstance();
    dataSource.getClass().getMethod("setURL", String.class).invoke(dataSource, url);
    return (DataSource) dataSource;
  }
}
