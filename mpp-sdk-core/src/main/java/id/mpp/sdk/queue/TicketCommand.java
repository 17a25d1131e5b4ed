package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * A command or event that moves a ticket from one state to another; recorded in every {@link TicketTransition}.
 */
public enum TicketCommand {
  /** A walk-in ticket was issued (kiosk, web, app or officer). */
  ISSUE,
  /** A booking was checked in and became a ticket. */
  CHECK_IN,
  /** The kiosk printed the ticket. */
  CONFIRM_PRINT,
  /** The kiosk could not print the ticket; its number is not reused. */
  FAIL_PRINT,
  /** The print was never confirmed within the print timeout. */
  PRINT_TIMEOUT,
  /** A counter called the ticket (call-next or call-specific). */
  CALL,
  /** The counter called the ticket again; over the recall limit this becomes a no-show. */
  RECALL,
  /** The visitor arrived at the counter. */
  START_SERVING,
  /** The counter finished the current step: the next journey step or done. */
  FINISH,
  /** The visitor did not come. */
  NO_SHOW,
  /** A no-show was put back in the queue within its grace period. */
  REINSTATE,
  /** The ticket was cancelled. */
  CANCEL,
  /** A called visitor was put back in the queue. */
  RETURN_TO_QUEUE,
  /** The counter put the ticket aside. */
  PARK,
  /** A parked ticket went back to the queue. */
  RELEASE,
  /** The ticket moved to another service, counter or agency, keeping its issue time. */
  TRANSFER,
  /** A delayed ticket became callable. */
  DELAY_ELAPSED,
  /** The ticket was still open when its agency closed or its day ended. */
  EXPIRE,
  /** A value this SDK version does not know (read from a newer peer); never written by this version. */
  @JsonEnumDefaultValue
  UNKNOWN
}
