package id.mpp.sdk.queue;

import id.mpp.sdk.json.WireDocument;
import java.util.Objects;

/**
 * A ticket as its holder sees it: the ticket, its position, the people ahead and the estimated
 * waiting time while it is queued.
 *
 * @param ticket the ticket
 * @param position 1 for the next to be called, 0 when the ticket is not queued
 * @param peopleAhead visitors who will be called first, 0 when not queued
 * @param estimate the waiting-time estimate; {@code null} when the ticket is not queued
 */
public record TicketStatus(Ticket ticket, int position, int peopleAhead, WaitEstimate estimate)
    implements WireDocument {

  /** Checks the parts. */
  public TicketStatus {
    Objects.requireNonNull(ticket, "ticket");
  }
}
