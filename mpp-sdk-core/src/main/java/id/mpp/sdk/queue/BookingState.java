package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The state of an online booking (antrian online).
 */
public enum BookingState {
  /** Booked; waiting for check-in. */
  BOOKED,
  /** Checked in; it became a ticket. */
  CHECKED_IN,
  /** Cancelled by the visitor or an officer. */
  CANCELLED,
  /** Not checked in before its check-in window closed. */
  EXPIRED,
  /** A value this SDK version does not know (read from a newer peer); never written by this version. */
  @JsonEnumDefaultValue
  UNKNOWN
}
