package id.mpp.sdk;

/**
 * The agency refused the SDK's credentials (HTTP 401/403, an expired or invalid token, a bad
 * signature), or a token could not be obtained. Check the adapter's credentials configuration;
 * the message never contains a secret.
 */
public class AgencyAuthenticationException extends AgencyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param agencyId the agency id
   * @param requestId the request id sent, or {@code null}
   * @param message what was refused, without any secret
   * @param cause the underlying failure, or {@code null}
   */
  public AgencyAuthenticationException(String agencyId, String requestId, String message,
      Throwable cause) {
    super(agencyId, requestId, "authentication failed: " + message, cause);
  }
}
