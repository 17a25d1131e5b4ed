package id.mpp.sdk;

/**
 * The one unchecked root of every error the MPP SDK throws.
 *
 * <p>Callers catch the branch they can handle: {@link MppValidationException} for bad input,
 * {@link AgencyException} and its subtypes for an agency backend, {@link ConflictException},
 * {@link NotFoundException}, {@link QuotaExceededException} and
 * {@link AdapterIncompatibleException}. A message says what failed, shows personal data only
 * masked, and says how to fix it.
 */
public class MppException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that must not contain personal data or secrets.
   *
   * @param message what failed and how to fix it
   */
  public MppException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and its cause.
   *
   * @param message what failed and how to fix it
   * @param cause the underlying failure
   */
  public MppException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether the same call may succeed if repeated later unchanged (for example after a
   * connection failure or a serialization conflict in the database).
   *
   * @return {@code true} when a retry of the whole operation is safe and may succeed
   */
  public boolean isRetryable() {
    return false;
  }
}
