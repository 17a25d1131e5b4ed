package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The status of one step of a ticket's journey (one service at one agency).
 */
public enum StepStatus {
  /** Not started; the ticket reaches it when the earlier steps are finished. */
  PLANNED,
  /** The step the ticket is in now. */
  ACTIVE,
  /** Served. */
  DONE,
  /** Left for another service, counter or agency. */
  TRANSFERRED,
  /** The visitor did not come. */
  NO_SHOW,
  /** Cancelled. */
  CANCELLED,
  /** Expired at closing time or day end. */
  EXPIRED,
  /** A value this SDK version does not know (read from a newer peer); never written by this version. */
  @JsonEnumDefaultValue
  UNKNOWN
}
