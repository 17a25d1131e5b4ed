package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Where a ticket goes when it re-enters a queue (transfer, return, release, reinstate, next journey step).
 */
public enum Position {
  /** At the front of the service's queue. */
  FIRST,
  /** At the back of the service's queue. */
  LAST,
  /** Among the others by its original issue time (Qmatic's "sorted"). */
  BY_ISSUE_TIME,
  /** A value this SDK version does not know (read from a newer peer); never written by this version. */
  @JsonEnumDefaultValue
  UNKNOWN
}
