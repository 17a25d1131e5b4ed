package id.mpp.sdk;

/**
 * The agency could not be reached, or the SDK did not try: connection refused or reset before the
 * request was sent, HTTP 5xx/503/429 after the retries, or the circuit breaker is open. Safe to
 * retry later.
 */
public class AgencyUnavailableException extends AgencyException {

  private static final long serialVersionUID = 1L;

  private final boolean circuitOpen;

  /**
   * Creates the exception.
   *
   * @param agencyId the agency id
   * @param requestId the request id sent, or {@code null}
   * @param message what failed
   * @param circuitOpen {@code true} if the SDK refused the call because the circuit is open
   * @param cause the underlying failure, or {@code null}
   */
  public AgencyUnavailableException(String agencyId, String requestId, String message,
      boolean circuitOpen, Throwable cause) {
    super(agencyId, requestId, message, cause);
    this.circuitOpen = circuitOpen;
  }

  /** @return {@code true} if the call was refused because the circuit breaker is open */
  public boolean circuitOpen() {
    return circuitOpen;
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
