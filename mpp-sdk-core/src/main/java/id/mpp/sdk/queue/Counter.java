package id.mpp.sdk.queue;

import id.mpp.sdk.json.WireDocument;
import java.time.Instant;
import java.util.Objects;

/**
 * A counter (loket): its definition, status, the ticket it is busy with and the call policy's
 * memory. A counter is busy with at most one ticket, {@link #currentTicket()}, while that ticket
 * is called or being served.
 *
 * @param definition what the counter is and calls
 * @param status closed, open or paused
 * @param pauseReason why it is paused; {@code null} unless {@link CounterStatus#PAUSED}
 * @param note a free note for the pause (no personal data); {@code null} if none
 * @param currentTicket the ticket it has called or is serving; {@code null} when idle
 * @param statusSince when the status last changed
 * @param callState the call policy's memory
 * @param version 1 when created, raised by one on every change
 */
public record Counter(
    CounterDefinition definition,
    CounterStatus status,
    PauseReason pauseReason,
    String note,
    TicketId currentTicket,
    Instant statusSince,
    CallState callState,
    long version) implements WireDocument {

  /** Checks the required parts. */
  public Counter {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusSince, "statusSince");
    Objects.requireNonNull(callState, "callState");
    if (version < 1) {
      throw new IllegalArgumentException("counter version must be positive");
    }
  }

  /**
   * The counter's id.
   *
   * @return {@code definition().id()}
   */
  public CounterId id() {
    return definition.id();
  }

  /**
   * Whether the counter has a called or serving ticket.
   *
   * @return {@code true} when {@link #currentTicket()} is set
   */
  public boolean busy() {
    return currentTicket != null;
  }
}
