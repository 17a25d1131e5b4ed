package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.json.WireDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * An online booking (antrian online) for one session of a service on a date. The visitor's NIK
 * is kept only as a keyed hash, for the rule "one active booking per NIK per service per day".
 *
 * @param id the booking id
 * @param site the site
 * @param code the code the visitor shows at check-in, for example {@code RSV-7KQ2M9XD}
 * @param service the service
 * @param agency the agency of the service
 * @param date the booked date
 * @param sessionStart the session's start, the visitor's slot
 * @param sessionEnd the session's end
 * @param state the state
 * @param citizenHash the keyed hash of the visitor's NIK; never the NIK
 * @param createdAt when it was booked
 * @param stateSince when it entered its state
 * @param ticket the ticket made at check-in; {@code null} before
 * @param version 1 when created, raised by one on every change
 */
public record Booking(
    BookingId id,
    SiteId site,
    String code,
    ServiceCode service,
    AgencyId agency,
    LocalDate date,
    LocalTime sessionStart,
    LocalTime sessionEnd,
    BookingState state,
    String citizenHash,
    Instant createdAt,
    Instant stateSince,
    TicketId ticket,
    long version) implements WireDocument {

  /** Checks the required parts. */
  public Booking {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(sessionStart, "sessionStart");
    Objects.requireNonNull(sessionEnd, "sessionEnd");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(citizenHash, "citizenHash");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(stateSince, "stateSince");
    if (version < 1) {
      throw new IllegalArgumentException("booking version must be positive");
    }
  }

  /**
   * Whether the booking holds its place: booked or checked in.
   *
   * @return {@code true} for {@link BookingState#BOOKED} and {@link BookingState#CHECKED_IN}
   */
  public boolean active() {
    return state == BookingState.BOOKED || state == BookingState.CHECKED_IN;
  }
}
