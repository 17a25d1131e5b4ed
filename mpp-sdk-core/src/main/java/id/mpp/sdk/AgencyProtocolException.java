package id.mpp.sdk;

/**
 * The agency answered, but not as its contract says: an empty or malformed body, the wrong JSON
 * type, missing required fields, a body over the size cap, or a signature or decryption failure on
 * the response. The message names the field and the rule, never the value.
 */
public class AgencyProtocolException extends AgencyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param agencyId the agency id
   * @param requestId the request id sent, or {@code null}
   * @param message what was wrong with the response, without its content
   * @param cause the underlying failure, or {@code null}
   */
  public AgencyProtocolException(String agencyId, String requestId, String message,
      Throwable cause) {
    super(agencyId, requestId, "response broke the contract: " + message, cause);
  }
}
