package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Where a ticket was taken.
 */
public enum Channel {
  /** A kiosk in the building, usually with a printer. */
  KIOSK,
  /** The MPP's web site. */
  WEB,
  /** A mobile app. */
  APP,
  /** An officer at reception or a counter. */
  OFFICER,
  /** An online booking that was checked in. */
  BOOKING,
  /** A value this SDK version does not know (read from a newer peer); never written by this version. */
  @JsonEnumDefaultValue
  UNKNOWN
}
