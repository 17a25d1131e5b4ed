package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.json.WireDocument;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened at a site, in commit order: a ticket issued, called, recalled,
 * transferred, done, a no-show, a counter paused, a booking checked in … Cursors are per site
 * and strictly increasing; a reader that has seen cursor {@code c} asks for events after
 * {@code c} and never misses one.
 *
 * @param cursor the position in the site's event log, 1 or more; 0 in a draft not yet appended
 * @param type what happened
 * @param at when
 * @param site the site
 * @param ticket the ticket; {@code null} for counter events
 * @param number the ticket number; {@code null} for counter events
 * @param agency the agency involved
 * @param service the service involved; {@code null} for counter events
 * @param counter the counter involved; {@code null} if none
 * @param state the ticket's state after the event; {@code null} for counter and booking events
 * @param ticketVersion the ticket's version after the event; 0 for counter and booking events
 * @param booking the booking involved; {@code null} if none
 * @param detail a short machine-readable detail (a pause reason, a transfer target); {@code null}
 *     if none; never personal data
 */
public record QueueEvent(
    long cursor,
    EventType type,
    Instant at,
    SiteId site,
    TicketId ticket,
    String number,
    AgencyId agency,
    ServiceCode service,
    CounterId counter,
    TicketState state,
    long ticketVersion,
    BookingId booking,
    String detail) implements WireDocument {

  /** Checks the required parts. */
  public QueueEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(agency, "agency");
    if (cursor < 0 || ticketVersion < 0) {
      throw new IllegalArgumentException("cursor and ticketVersion must not be negative");
    }
  }

  /**
   * This event at a cursor; stores use it when they append a draft.
   *
   * @param newCursor the cursor the store gave it
   * @return a copy with the cursor set
   */
  public QueueEvent withCursor(long newCursor) {
    return new QueueEvent(newCursor, type, at, site, ticket, number, agency, service, counter,
        state, ticketVersion, booking, detail);
  }
}
