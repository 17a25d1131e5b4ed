package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * What happened, in a {@link QueueEvent}.
 */
public enum EventType {
  /** A ticket was issued (or reserved for printing). */
  TICKET_ISSUED,
  /** The kiosk confirmed the print. */
  TICKET_PRINTED,
  /** A counter called a ticket. */
  TICKET_CALLED,
  /** A counter called the same ticket again. */
  TICKET_RECALLED,
  /** The visitor arrived at the counter. */
  SERVING_STARTED,
  /** A journey step was finished and the ticket went on to its next service. */
  STEP_COMPLETED,
  /** The ticket's journey is complete. */
  TICKET_DONE,
  /** The ticket moved to another service, counter or agency. */
  TICKET_TRANSFERRED,
  /** A called ticket was put back in the queue. */
  TICKET_RETURNED,
  /** A ticket was put aside. */
  TICKET_PARKED,
  /** A parked ticket went back to the queue. */
  TICKET_RELEASED,
  /** A delayed ticket became callable. */
  TICKET_DELAY_ELAPSED,
  /** The visitor did not come. */
  TICKET_NO_SHOW,
  /** A no-show went back to the queue. */
  TICKET_REINSTATED,
  /** A ticket was cancelled (including a failed or timed-out print). */
  TICKET_CANCELLED,
  /** A ticket expired. */
  TICKET_EXPIRED,
  /** A counter opened. */
  COUNTER_OPENED,
  /** A counter paused. */
  COUNTER_PAUSED,
  /** A counter resumed after a pause. */
  COUNTER_RESUMED,
  /** A counter closed. */
  COUNTER_CLOSED,
  /** An online booking was made. */
  BOOKING_CREATED,
  /** An online booking was cancelled. */
  BOOKING_CANCELLED,
  /** An online booking was checked in. */
  BOOKING_CHECKED_IN,
  /** An online booking expired. */
  BOOKING_EXPIRED,
  /** A value this SDK version does not know (read from a newer peer); never written by this version. */
  @JsonEnumDefaultValue
  UNKNOWN
}
