package id.mpp.sdk.tracking;

import id.mpp.sdk.MppValidationException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject and text of one status message in one language. The only placeholders are
 * {@code {trackingNumber}} and {@code {serviceName}}: a message cannot carry a NIK, a name or any
 * other personal data because a template has no way to name them.
 *
 * @param subject the subject line, for e-mail; 1–200 characters
 * @param text the message, 1–1000 characters
 */
public record NotificationTemplate(String subject, String text) {

  /** The placeholder for the tracking number, for example {@code 3273-260322-00042-K}. */
  public static final String TRACKING_NUMBER = "{trackingNumber}";
  /** The placeholder for the service's name, for example {@code Penerbitan SKCK Baru}. */
  public static final String SERVICE_NAME = "{serviceName}";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

  /**
   * Checks the lengths and the placeholders.
   *
   * @throws MppValidationException naming the part with an unknown placeholder or a bad length
   */
  public NotificationTemplate {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    check("subject", subject, 200);
    check("text", text, 1000);
  }

  /**
   * Renders the subject.
   *
   * @param trackingNumber the tracking number
   * @param serviceName the service's name
   * @return the subject with the placeholders filled in
   */
  public String renderSubject(TrackingNumber trackingNumber, String serviceName) {
    return fill(subject, trackingNumber, serviceName);
  }

  /**
   * Renders the text.
   *
   * @param trackingNumber the tracking number
   * @param serviceName the service's name
   * @return the text with the placeholders filled in
   */
  public String renderText(TrackingNumber trackingNumber, String serviceName) {
    return fill(text, trackingNumber, serviceName);
  }

  private static String fill(String s, TrackingNumber trackingNumber, String serviceName) {
    return s.replace(TRACKING_NUMBER, trackingNumber.toString())
        .replace(SERVICE_NAME, Objects.requireNonNull(serviceName, "serviceName"));
  }

  private static void check(String field, String value, int max) {
    if (value.isBlank() || value.length() > max) {
      throw MppValidationException.of(field, "notificationTemplate.length",
          "a template " + field + " must be 1-" + max + " characters");
    }
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      if (!m.group().equals(TRACKING_NUMBER) && !m.group().equals(SERVICE_NAME)) {
        throw MppValidationException.of(field, "notificationTemplate.placeholder",
            "a template may only use " + TRACKING_NUMBER + " and " + SERVICE_NAME);
      }
    }
  }
}
