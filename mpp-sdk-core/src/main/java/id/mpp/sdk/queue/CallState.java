package id.mpp.sdk.queue;

/**
 * The call-next policy's memory at one counter, kept with the counter and changed in the same
 * transaction as each call. Managed by {@link QueueDesk}; stores persist it as it is.
 *
 * @param precedenceStreak priority or booked calls made in a row while a regular visitor was
 *     waiting for this counter
 * @param regularCursor the position in the counter's weighted round for regular calls
 * @param precedenceCursor the position in the counter's weighted round for precedence calls
 */
public record CallState(int precedenceStreak, int regularCursor, int precedenceCursor) {

  private static final CallState INITIAL = new CallState(0, 0, 0);

  /** Checks that no part is negative. */
  public CallState {
    if (precedenceStreak < 0 || regularCursor < 0 || precedenceCursor < 0) {
      throw new IllegalArgumentException("call state parts must not be negative");
    }
  }

  /**
   * The state of a new counter.
   *
   * @return all zero
   */
  public static CallState initial() {
    return INITIAL;
  }
}
