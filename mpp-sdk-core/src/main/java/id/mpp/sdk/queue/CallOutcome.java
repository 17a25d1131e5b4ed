package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * What a call-next found.
 */
public enum CallOutcome {
  /** A ticket was called. */
  CALLED,
  /** No ticket was callable for this counter. */
  NONE,
  /** A value this SDK version does not know (read from a newer peer); never written by this version. */
  @JsonEnumDefaultValue
  UNKNOWN
}
