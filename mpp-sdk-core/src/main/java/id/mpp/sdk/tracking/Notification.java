package id.mpp.sdk.tracking;

import id.mpp.sdk.internal.validation.IdentifierText;
import java.util.Locale;
import java.util.Objects;

/**
 * One status message to a citizen, rendered from {@link NotificationTemplates}: it names only the
 * tracking number, the service and the status, never a NIK or a name.
 *
 * <p>Delivered at least once: after a crash the outbox may hand the same notification to the
 * {@link NotificationSender} again, always with the same {@link #id()}; senders drop repeats by id.
 * {@link #toString()} masks the recipient.
 *
 * @param id a stable id, derived from the status event it reports ({@code <eventId>/notify})
 * @param trackingNumber the application
 * @param status the status it reports
 * @param channel SMS, WhatsApp or e-mail
 * @param recipient the phone number in E.164 form, or the e-mail address
 * @param locale the message's language
 * @param subject a subject line (for e-mail; SMS senders ignore it)
 * @param text the message
 */
public record Notification(String id, TrackingNumber trackingNumber, ApplicationStatus status,
    NotificationChannel channel, String recipient, Locale locale, String subject, String text) {

  /** Checks that every part is present. */
  public Notification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
  }

  /**
   * The recipient masked for logs: a phone number keeps its first six and last two characters,
   * an e-mail address its first character and its domain.
   *
   * @return for example {@code +62812******90} or {@code b***@example.go.id}
   */
  public String maskedRecipient() {
    int at = recipient.indexOf('@');
    if (at > 0) {
      return recipient.charAt(0) + "***" + recipient.substring(at);
    }
    return recipient.length() > 8 ? IdentifierText.mask(recipient, 6, 2) : "***";
  }

  @Override
  public String toString() {
    return "Notification[" + id + ", " + trackingNumber + ", " + status + ", " + channel + " to "
        + maskedRecipient() + "]";
  }
}
