package id.mpp.sdk.testkit.simulator;

/**
 * A fault an agency simulator can inject instead of (or after) answering normally. Each says
 * whether the simulated agency processed the request, which decides what a correct client may do
 * next (retry, or report the outcome as unknown).
 */
public enum FaultKind {

  /** The connection is reset before the agency sees the request; nothing was processed. */
  CONNECTION_RESET(false),

  /**
   * The agency processed the request, then the connection was reset before the response: the
   * client cannot know the outcome.
   */
  CONNECTION_RESET_AFTER_PROCESSING(true),

  /** The connection is closed without any response; nothing was processed. */
  EMPTY_RESPONSE(false),

  /** Garbage bytes, then the connection is closed; nothing was processed. */
  RANDOM_DATA_THEN_CLOSE(false),

  /** HTTP 500 with a short JSON error body; nothing was processed. */
  SERVER_ERROR(false),

  /** HTTP 503 with {@code Retry-After: 1}; nothing was processed. */
  SERVICE_UNAVAILABLE(false),

  /** HTTP 200 whose body is not valid JSON; nothing was processed. */
  MALFORMED_RESPONSE(false),

  /** The agency processes the request and answers normally, but only after the plan's delay. */
  SLOW_RESPONSE(true);

  private final boolean processed;

  FaultKind(boolean processed) {
    this.processed = processed;
  }

  /** @return whether the simulated agency processed the request (its state may have changed) */
  public boolean processed() {
    return processed;
  }
}
