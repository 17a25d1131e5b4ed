package id.mpp.sdk.http;

import id.mpp.sdk.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Settings of the OAuth 2.0 client-credentials grant (RFC 6749 §4.4) for
 * {@link AuthScheme#oauth2ClientCredentials(OAuth2ClientCredentials)}: the token is fetched from
 * {@code tokenUrl}, cached, and refreshed {@code refreshBefore} its expiry; under concurrency only
 * one refresh runs, the other calls wait for it.
 *
 * @param tokenUrl the token endpoint (https, or http only on loopback)
 * @param clientId the client id
 * @param clientSecret the client secret
 * @param scopes the scopes asked for; empty for the endpoint's default
 * @param sendCredentialsInBody {@code false} (default): HTTP Basic ({@code client_secret_basic});
 *     {@code true}: in the form body ({@code client_secret_post})
 * @param refreshBefore how long before expiry the token is refreshed
 * @param defaultLifetime the lifetime assumed when the endpoint gives no {@code expires_in}
 */
public record OAuth2ClientCredentials(URI tokenUrl, String clientId, Secret clientSecret,
    List<String> scopes, boolean sendCredentialsInBody, Duration refreshBefore,
    Duration defaultLifetime) {

  /**
   * Checks every setting.
   *
   * @throws IllegalArgumentException naming the bad setting
   */
  public OAuth2ClientCredentials {
    Objects.requireNonNull(tokenUrl, "tokenUrl");
    String scheme = tokenUrl.getScheme() == null ? "" : tokenUrl.getScheme().toLowerCase(Locale.ROOT);
    String host = tokenUrl.getHost() == null ? "" : tokenUrl.getHost();
    boolean loopback = host.equals("localhost") || host.startsWith("127.");
    if (!(scheme.equals("https") || scheme.equals("http") && loopback)) {
      throw new IllegalArgumentException("tokenUrl must use https (http only on loopback)");
    }
    Objects.requireNonNull(clientId, "clientId");
    if (clientId.isBlank()) {
      throw new IllegalArgumentException("clientId must not be blank");
    }
    Objects.requireNonNull(clientSecret, "clientSecret");
    scopes = List.copyOf(scopes);
    Objects.requireNonNull(refreshBefore, "refreshBefore");
    if (refreshBefore.isNegative()) {
      throw new IllegalArgumentException("refreshBefore must not be negative");
    }
    Objects.requireNonNull(defaultLifetime, "defaultLifetime");
    if (defaultLifetime.isNegative() || defaultLifetime.isZero()) {
      throw new IllegalArgumentException("defaultLifetime must be positive");
    }
  }

  /**
   * The usual settings: HTTP Basic credentials, refresh 60 s before expiry, 5 minutes assumed
   * when the endpoint gives no lifetime.
   *
   * @param tokenUrl the token endpoint
   * @param clientId the client id
   * @param clientSecret the client secret
   * @param scopes the scopes, if any
   * @return the settings
   */
  public static OAuth2ClientCredentials of(URI tokenUrl, String clientId, Secret clientSecret,
      String... scopes) {
    return new OAuth2ClientCredentials(tokenUrl, clientId, clientSecret, List.of(scopes), false,
        Duration.ofSeconds(60), Duration.ofMinutes(5));
  }

  /** @return the endpoint and client id; never the secret */
  @Override
  public String toString() {
    return "OAuth2ClientCredentials[tokenUrl=" + tokenUrl + ", clientId=" + clientId
        + ", scopes=" + scopes + "]";
  }
}
