package id.mpp.sdk;

/**
 * A non-idempotent request (a POST without an idempotency key the agency honours) may or may not
 * have taken effect: the connection failed or timed out after the request was sent. The SDK did
 * not resend it. Reconcile with the agency (query the status) before trying again; this is
 * distinct from {@link AgencyRejectedException}, where the agency said no.
 */
public class OutcomeUnknownException extends AgencyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param agencyId the agency id
   * @param requestId the request id sent, or {@code null}
   * @param message what happened
   * @param cause the underlying failure, or {@code null}
   */
  public OutcomeUnknownException(String agencyId, String requestId, String message,
      Throwable cause) {
    super(agencyId, requestId, "outcome unknown: " + message, cause);
  }
}
