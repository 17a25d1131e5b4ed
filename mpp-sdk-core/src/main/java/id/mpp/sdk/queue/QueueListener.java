package id.mpp.sdk.queue;

/**
 * Receives the site's {@link QueueEvent}s in cursor order, after they are committed, on the thread
 * of a command that committed (one thread at a time per desk). Keep it fast and do not call the
 * desk from it; an exception it throws is logged and does not affect the command. To resume
 * after a restart, read {@link QueueDesk#events(long, int)} from the last cursor you handled.
 */
@FunctionalInterface
public interface QueueListener {

  /**
   * Handles an event.
   *
   * @param event the event
   */
  void onEvent(QueueEvent event);
}
