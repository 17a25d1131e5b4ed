package id.mpp.sdk.tracking;

/**
 * Delivers status messages to citizens: the integrator implements it over an SMS gateway,
 * WhatsApp Business or e-mail. The tracker hands notifications to it from its outbox, so a
 * message is never lost when a sender fails, and is retried with backoff.
 *
 * <p>Contract: return normally once the message is accepted by the channel; throw any
 * exception to have it retried later ({@link id.mpp.sdk.MppException#isRetryable()} is not
 * consulted: every failure is retried until the outbox's attempt limit). The same
 * {@link Notification#id()} may arrive more than once (after a crash between sending and
 * recording); drop repeats by id. Never log {@link Notification#recipient()} unmasked.
 */
@FunctionalInterface
public interface NotificationSender {

  /**
   * Sends one message.
   *
   * @param notification the message, with its stable id
   */
  void send(Notification notification);
}
