package id.mpp.sdk;

/**
 * A limit was reached: a service's daily ticket quota, a booking session's quota, an agency's
 * appointment quota, or the SDK's own rate limit or bulkhead for an agency.
 */
public class QuotaExceededException extends MppException {

  private static final long serialVersionUID = 1L;

  private final String quota;

  /**
   * Creates the exception.
   *
   * @param quota which quota, for example {@code "daily_quota"} or {@code "bulkhead"}
   * @param message what failed and what the caller can do
   */
  public QuotaExceededException(String quota, String message) {
    super(message);
    this.quota = quota;
  }

  /** @return which quota was reached */
  public String quota() {
    return quota;
  }
}
