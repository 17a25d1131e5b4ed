package id.mpp.sdk.hub;

import id.mpp.sdk.config.Secret;
import java.util.ServiceLoader;
import javax.sql.DataSource;

/**
 * A persistent store implementation, found by {@link ServiceLoader} the way JDBC finds a
 * {@code Driver}: {@code mpp-sdk-jdbc} registers the PostgreSQL one. The hub builder asks each
 * provider found whether it {@link #accepts} the integrator's JDBC URL, so core never depends on
 * a JDBC driver.
 *
 * <p>Opening a provider's stores brings the database schema up to date (forward-only,
 * versioned migrations) before it returns.
 */
public interface StoresProvider {

  /** @return a short name for messages, for example {@code postgresql} */
  String name();

  /**
   * Whether this provider handles a JDBC URL.
   *
   * @param jdbcUrl the URL, for example {@code jdbc:postgresql://db:5432/mpp}
   * @return true if it does
   */
  boolean accepts(String jdbcUrl);

  /**
   * Opens stores on a database by URL; the provider creates and owns the connection pool, which
   * {@link Stores#close()} closes.
   *
   * @param jdbcUrl the URL
   * @param user the database user
   * @param password the password, or null when the URL or the server needs none
   * @return the stores, schema migrated
   * @throws id.mpp.sdk.MppException if the database cannot be reached (retryable) or its schema
   *     is newer than this SDK knows
   */
  Stores open(String jdbcUrl, String user, Secret password);

  /**
   * Opens stores on the integrator's data source, which stays the integrator's to close.
   *
   * @param dataSource a pooled data source
   * @return the stores, schema migrated
   * @throws id.mpp.sdk.MppException as {@link #open(String, String, Secret)}
   */
  Stores open(DataSource dataSource);
}
