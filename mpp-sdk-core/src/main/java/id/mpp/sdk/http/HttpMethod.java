package id.mpp.sdk.http;

/** The HTTP methods an adapter may use. */
public enum HttpMethod {
  /** Read; safe to retry. */
  GET(false),
  /** Read headers only; safe to retry. */
  HEAD(false),
  /** Create or act; carries an {@code Idempotency-Key}. */
  POST(true),
  /** Replace; carries an {@code Idempotency-Key}. */
  PUT(true),
  /** Change part; carries an {@code Idempotency-Key}. */
  PATCH(true),
  /** Remove or cancel; carries an {@code Idempotency-Key}. */
  DELETE(true);

  private final boolean mutating;

  HttpMethod(boolean mutating) {
    this.mutating = mutating;
  }

  /**
   * Whether the call changes state at the agency; such a call is retried only with an idempotency
   * key, and a failure after it was sent is an {@link id.mpp.sdk.OutcomeUnknownException}.
   *
   * @return {@code true} for POST, PUT, PATCH and DELETE
   */
  public boolean isMutating() {
    return mutating;
  }
}
