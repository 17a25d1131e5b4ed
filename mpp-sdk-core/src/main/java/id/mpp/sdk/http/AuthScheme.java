package id.mpp.sdk.http;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an agency authenticates the SDK's calls. One small interface for every scheme: a scheme
 * computes the headers of each attempt from the method, path, body bytes and timestamp (see
 * {@link AuthRequest}), may fetch and cache a token through {@link AuthRequest#transport()}, and
 * may post-process a response body (verify a signature, decrypt).
 *
 * <p>Implementations must be thread-safe. The SDK calls {@link #headers} once per attempt (so a
 * retry is signed afresh with a new timestamp) and {@link #readResponse} once per answer.
 *
 * <p>The SDK never logs the values of the headers a scheme adds: every name in
 * {@link #secretHeaders()} is redacted, as are {@code Authorization}, {@code Cookie},
 * {@code Set-Cookie} and any name containing {@code key}, {@code token}, {@code secret} or
 * {@code signature}.
 */
public interface AuthScheme {

  /**
   * No authentication: adds no header.
   *
   * @return the scheme
   */
  static AuthScheme none() {
    return request -> Map.of();
  }

  /**
   * An API key in a header, for example {@code X-Api-Key} or {@code X-cons-id}.
   *
   * @param header the header name
   * @param key the key
   * @return the scheme
   */
  static AuthScheme apiKey(String header, id.mpp.sdk.config.Secret key) {
    return new id.mpp.sdk.internal.http.StaticHeaderAuth(header, key, "");
  }

  /**
   * A static bearer token: {@code Authorization: Bearer <token>}.
   *
   * @param token the token
   * @return the scheme
   */
  static AuthScheme bearer(id.mpp.sdk.config.Secret token) {
    return new id.mpp.sdk.internal.http.StaticHeaderAuth("Authorization", token, "Bearer ");
  }

  /**
   * OAuth 2.0 client credentials: the token is fetched, cached, refreshed before it expires (one
   * refresh at a time), and dropped when the agency answers 401.
   *
   * @param settings the token endpoint and client credentials
   * @return the scheme
   */
  static AuthScheme oauth2ClientCredentials(OAuth2ClientCredentials settings) {
    return new id.mpp.sdk.internal.http.OAuth2ClientCredentialsAuth(settings);
  }

  /**
   * HMAC request signing over method, path, timestamp, request id and the body's SHA-256 (see
   * {@link HmacSigning}).
   *
   * @param settings the key and header names
   * @return the scheme
   */
  static AuthScheme hmac(HmacSigning settings) {
    return new id.mpp.sdk.internal.http.HmacSigningAuth(settings);
  }

  /**
   * The headers to add to one attempt.
   *
   * @param request what is about to be sent
   * @return the headers to add; empty for none
   * @throws id.mpp.sdk.AgencyAuthenticationException if credentials cannot be obtained
   */
  Map<String, String> headers(AuthRequest request);

  /**
   * Post-processes the body of an answer before it is parsed: verify a response signature,
   * decrypt, unwrap. The default returns the body unchanged.
   *
   * @param request the request that was sent (with the timestamp the headers were computed for)
   * @param status the HTTP status
   * @param responseHeaders the response headers, names in lower case
   * @param body the raw body, never {@code null}
   * @return the body to parse
   * @throws id.mpp.sdk.AgencyProtocolException if the body fails verification or decryption
   */
  default byte[] readResponse(AuthRequest request, int status,
      Map<String, List<String>> responseHeaders, byte[] body) {
    return body;
  }

  /**
   * The agency answered 401: drop any cached credential. If this returns {@code true} the SDK
   * repeats the attempt once with fresh headers (a GET, or a mutating call that has an
   * idempotency key); otherwise the call fails with
   * {@link id.mpp.sdk.AgencyAuthenticationException}.
   *
   * @return whether fresh credentials may succeed
   */
  default boolean invalidate() {
    return false;
  }

  /**
   * Names of the headers this scheme sets whose values are secret, so logs redact them.
   *
   * @return header names, any case
   */
  default Set<String> secretHeaders() {
    return Set.of();
  }
}
