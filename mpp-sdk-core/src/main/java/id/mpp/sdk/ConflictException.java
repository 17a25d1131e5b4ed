package id.mpp.sdk;

/**
 * The operation lost a race or does not fit the current state: a ticket already called by
 * another counter, a status append whose expected version is stale, an idempotency key reused
 * with a different request, a transition the state machine does not allow. Nothing was changed.
 */
public class ConflictException extends MppException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  /**
   * Creates the exception.
   *
   * @param reason a stable reason code, for example {@code "version_conflict"} or
   *     {@code "illegal_transition"}
   * @param message what failed and how to fix it
   */
  public ConflictException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** @return the stable reason code */
  public String reason() {
    return reason;
  }
}
