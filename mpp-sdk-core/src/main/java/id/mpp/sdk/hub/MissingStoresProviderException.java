package id.mpp.sdk.hub;

import id.mpp.sdk.MppException;

/**
 * The hub was asked for persistent stores (a JDBC URL or a {@link javax.sql.DataSource}) but no
 * {@link StoresProvider} on the class path takes them. The message names the module to add
 * ({@code id.mpp:mpp-sdk-jdbc} for PostgreSQL); it shows only the URL's scheme, never its host,
 * user or password.
 */
public class MissingStoresProviderException extends MppException {

  private static final long serialVersionUID = 1L;

  private final String scheme;

  /**
   * Creates the exception.
   *
   * @param scheme what was asked for: the URL's scheme such as {@code jdbc:postgresql}, or
   *     {@code DataSource}
   * @param message what is missing and what to add to the class path
   */
  public MissingStoresProviderException(String scheme, String message) {
    super(message);
    this.scheme = scheme;
  }

  /** @return the URL's scheme (for example {@code jdbc:postgresql}) or {@code DataSource} */
  public String scheme() {
    return scheme;
  }
}
