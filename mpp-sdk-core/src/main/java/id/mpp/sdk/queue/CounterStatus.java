package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The status of a counter (loket). Whether it is busy with a ticket is {@link Counter#currentTicket()}.
 */
public enum CounterStatus {
  /** Not staffed. */
  CLOSED,
  /** Staffed and calling. */
  OPEN,
  /** Staffed but not calling, with a {@link PauseReason}. */
  PAUSED,
  /** A value this SDK version does not know (read from a newer peer); never written by this version. */
  @JsonEnumDefaultValue
  UNKNOWN
}
