package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The state of a queue ticket (a visit). See the state machine in {@code docs/en/queue.md}. Terminal: {@link #DONE}, {@link #CANCELLED}, {@link #EXPIRED}; {@link #NO_SHOW} is terminal once its reinstatement grace has passed.
 */
public enum TicketState {
  /** Number reserved, waiting for the kiosk to confirm the print; not callable yet. */
  ISSUING,
  /** In its service's queue, callable. */
  WAITING,
  /** In its service's queue but not callable before {@link Ticket#callableAt()} (a transfer with a delay). */
  DELAYED,
  /** Called to a counter; the visitor is walking there. */
  CALLED,
  /** Being served at a counter. */
  SERVING,
  /** Put aside by the counter that served it (ditunda); only that counter calls it again, or it is released back to the queue. */
  PARKED,
  /** Served; the journey is complete. */
  DONE,
  /** Did not come when called (tidak hadir); may be reinstated within the grace period. */
  NO_SHOW,
  /** Cancelled by the visitor or an officer, or its print failed. */
  CANCELLED,
  /** Still open when its agency closed or its day ended. */
  EXPIRED,
  /** A value this SDK version does not know (read from a newer peer); never written by this version. */
  @JsonEnumDefaultValue
  UNKNOWN
}
