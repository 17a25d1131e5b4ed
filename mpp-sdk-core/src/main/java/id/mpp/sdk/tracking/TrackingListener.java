package id.mpp.sdk.tracking;

/**
 * Told after the tracker committed a change: for screens, metrics and audit feeds. Called on the
 * committing thread after the commit, best effort (an exception is logged and ignored; a crash
 * right after a commit skips the call); for guaranteed delivery read the event history or use the
 * notification and escalation outbox. Must be fast and thread-safe.
 */
public interface TrackingListener {

  /**
   * An event was recorded.
   *
   * @param application the application after the event
   * @param event the event
   */
  default void onEvent(Application application, StatusEvent event) {
  }

  /**
   * An outbox message was given up after its attempts and waits for an operator.
   *
   * @param message the dead message
   */
  default void onDeadLetter(OutboxMessage message) {
  }
}
