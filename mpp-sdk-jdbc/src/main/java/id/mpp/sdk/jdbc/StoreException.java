package id.mpp.sdk.jdbc;

import id.mpp.sdk.MppException;

/**
 * A PostgreSQL store could not complete an operation. {@link #isRetryable()} tells the caller what
 * to do:
 *
 * <ul>
 *   <li><b>retryable</b>: the database was unreachable, the connection was lost, or a
 *   serialization failure or deadlock persisted through the store's own retries; or, at once
 *   without retries, a statement ran past the statement timeout ({@code 57014}), a lock was not
 *   granted ({@code 55P03}) or the server is out of disk or memory ({@code 53…}). Nothing was
 *   committed — unless {@link #outcomeUnknown()}, when the connection broke while the commit was
 *   on its way. Repeat the command later with the same idempotency key: a queue command that did
 *   commit is then replayed, not applied twice.
 *   <li><b>not retryable</b>: anything else (a schema newer than this SDK, a permission, a bug).
 *   Repeating it unchanged will fail again.
 * </ul>
 *
 * <p>The message names the operation, the SQLSTATE and the constraint if any; it never holds a
 * row's values, the JDBC URL's host or credentials.
 */
public class StoreException extends MppException {

  private static final long serialVersionUID = 1L;

  private final String operation;
  private final String sqlState;
  private final int attempts;
  private final boolean retryable;
  private final boolean outcomeUnknown;

  /**
   * Creates the exception.
   *
   * @param operation what the store was doing, for example {@code queue.transact}
   * @param sqlState the SQLSTATE of the last failure, or {@code null}
   * @param attempts how many times the transaction was tried
   * @param retryable whether repeating the whole operation later may succeed
   * @param outcomeUnknown whether the connection broke during the commit
   * @param message what failed and what to do, without personal data
   * @param cause the failure, attached only when its message holds no row data
   */
  public StoreException(String operation, String sqlState, int attempts, boolean retryable,
      boolean outcomeUnknown, String message, Throwable cause) {
    super(message, cause);
    this.operation = operation;
    this.sqlState = sqlState;
    this.attempts = attempts;
    this.retryable = retryable;
    this.outcomeUnknown = outcomeUnknown;
  }

  /** @return what the store was doing, for example {@code queue.transact} */
  public String operation() {
    return operation;
  }

  /** @return the SQLSTATE of the last failure, or {@code null} when there was none */
  public String sqlState() {
    return sqlState;
  }

  /** @return how many times the transaction was tried before giving up */
  public int attempts() {
    return attempts;
  }

  /**
   * Whether the connection broke while the commit was on its way, so the store cannot tell
   * whether the transaction committed.
   *
   * @return {@code true} when the outcome is unknown
   */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  @Override
  public boolean isRetryable() {
    return retryable;
  }
}
