package id.mpp.sdk.jdbc;

import id.mpp.sdk.config.Secret;
import id.mpp.sdk.hub.Stores;
import id.mpp.sdk.hub.StoresProvider;
import javax.sql.DataSource;

/**
 * Registers the PostgreSQL stores with the hub builder through {@link java.util.ServiceLoader}:
 * it takes {@code jdbc:postgresql:} URLs and any data source.
 */
public final class PostgresStoresProvider implements StoresProvider {

  /** Creates the provider (called by {@link java.util.ServiceLoader}). */
  public PostgresStoresProvider() {
  }

  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  public boolean accepts(String jdbcUrl) {
    return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
  }

  @Override
  public Stores open(String jdbcUrl, String user, Secret password) {
    return PostgresStores.open(jdbcUrl, user, password);
  }

  @Override
  public Stores open(DataSource dataSource) {
    return PostgresStores.open(dataSource);
  }
}
