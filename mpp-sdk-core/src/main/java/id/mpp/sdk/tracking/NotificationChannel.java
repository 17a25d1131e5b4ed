package id.mpp.sdk.tracking;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a citizen wants status messages; the integrator's {@link NotificationSender} delivers. */
public enum NotificationChannel {
  /** SMS to a phone number. */
  SMS,
  /** WhatsApp to a phone number. */
  WHATSAPP,
  /** E-mail. */
  EMAIL,
  /** No messages. */
  NONE,
  /** A channel this SDK version does not know; nothing is sent. */
  @JsonEnumDefaultValue
  UNKNOWN
}
