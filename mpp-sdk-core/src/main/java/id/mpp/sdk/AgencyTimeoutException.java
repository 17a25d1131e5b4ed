package id.mpp.sdk;

import java.time.Duration;

/**
 * An idempotent call did not finish within its deadline. (A non-idempotent call that times out
 * after it was sent ends in {@link OutcomeUnknownException} instead.)
 */
public class AgencyTimeoutException extends AgencyException {

  private static final long serialVersionUID = 1L;

  private final Duration deadline;

  /**
   * Creates the exception.
   *
   * @param agencyId the agency id
   * @param requestId the request id sent, or {@code null}
   * @param deadline the deadline that was exceeded
   * @param cause the underlying failure, or {@code null}
   */
  public AgencyTimeoutException(String agencyId, String requestId, Duration deadline,
      Throwable cause) {
    super(agencyId, requestId, "no answer within " + deadline.toMillis() + " ms", cause);
    this.deadline = deadline;
  }

  /** @return the deadline that was exceeded */
  public Duration deadline() {
    return deadline;
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
