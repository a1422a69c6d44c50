package io.djk8s.impl.probes.jdbc;

import javax.sql.DataSource;

/**
 * A datasource with the name it is reported by in logs.
 *
 * @param name a CDI bean name, qualifier or JNDI name
 * @param dataSource the datasource
 */
record NamedDataSource(String name, DataSource dataSource) {}
