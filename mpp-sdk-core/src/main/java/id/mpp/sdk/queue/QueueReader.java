package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The read half of the {@link QueueStore} SPI: everything of one site. Inside
 * {@link QueueStore#read} it sees committed data; inside {@link QueueStore#transact} (as the
 * {@link QueueTransaction}) it also sees the transaction's own writes. Reads never lock.
 *
 * <p>Lists are immutable and never {@code null}.
 */
public interface QueueReader {

  /**
   * Finds an agency.
   *
   * @param id the agency id
   * @return the agency, or empty
   */
  Optional<QueueAgency> findAgency(AgencyId id);

  /**
   * Lists the agencies, ordered by id.
   *
   * @return the agencies
   */
  List<QueueAgency> listAgencies();

  /**
   * Finds a service's queue definition.
   *
   * @param code the service code
   * @return the service, or empty
   */
  Optional<ServiceQueue> findService(ServiceCode code);

  /**
   * Lists the services, ordered by code.
   *
   * @return the services
   */
  List<ServiceQueue> listServices();

  /**
   * Finds a service's booking plan.
   *
   * @param service the service
   * @return the plan, or empty when the service takes no bookings
   */
  Optional<BookingPlan> findBookingPlan(ServiceCode service);

  /**
   * Finds a counter.
   *
   * @param id the counter id
   * @return the counter, or empty
   */
  Optional<Counter> findCounter(CounterId id);

  /**
   * Lists the counters, ordered by id.
   *
   * @return the counters
   */
  List<Counter> listCounters();

  /**
   * Finds a ticket.
   *
   * @param id the ticket id
   * @return the ticket, or empty
   */
  Optional<Ticket> findTicket(TicketId id);

  /**
   * Lists tickets, ordered by service day, issue time, then id.
   *
   * @param query which tickets
   * @return at most {@code query.limit()} tickets
   */
  List<Ticket> listTickets(TicketQuery query);

  /**
   * Lists a ticket's audit log in version order (1, 2, 3, …).
   *
   * @param ticket the ticket
   * @return its transitions; empty when the ticket does not exist
   */
  List<TicketTransition> listTransitions(TicketId ticket);

  /**
   * The serving times of recently finished steps of a service: for each journey step of the
   * service with status {@link StepStatus#DONE} and {@code endedAt >= since}, the duration
   * {@code endedAt - servingAt}; most recently ended first.
   *
   * @param service the service
   * @param since the earliest end
   * @param limit at most this many, 1 or more
   * @return the durations
   */
  List<Duration> recentServingTimes(ServiceCode service, Instant since, int limit);

  /**
   * Finds the number sequence of a service on a day.
   *
   * @param service the service
   * @param day the day
   * @return the row, or empty before the day's first ticket
   */
  Optional<ServiceDay> findServiceDay(ServiceCode service, LocalDate day);

  /**
   * Finds a booking.
   *
   * @param id the booking id
   * @return the booking, or empty
   */
  Optional<Booking> findBooking(BookingId id);

  /**
   * Finds a booking by the code the visitor holds.
   *
   * @param code the booking code
   * @return the booking, or empty
   */
  Optional<Booking> findBookingByCode(String code);

  /**
   * Lists bookings, ordered by date, session start, creation time, then id.
   *
   * @param query which bookings
   * @return the bookings
   */
  List<Booking> listBookings(BookingQuery query);

  /**
   * Finds a booking session's count of active bookings.
   *
   * @param service the service
   * @param date the date
   * @param sessionStart the session's start
   * @return the row, or empty before the session's first booking
   */
  Optional<SessionDay> findSessionDay(ServiceCode service, LocalDate date,
      LocalTime sessionStart);

  /**
   * Finds an idempotency entry.
   *
   * @param key the caller's key
   * @return the entry, or empty when the key was never claimed (or was purged)
   */
  Optional<IdempotencyEntry> findIdempotencyKey(String key);

  /**
   * The cursor of the site's newest event.
   *
   * @return the cursor, 0 before the first event
   */
  long lastEventCursor();

  /**
   * Lists events after a cursor, in cursor order.
   *
   * @param afterCursor the last cursor the reader has seen; 0 for the beginning
   * @param limit at most this many, 1 or more
   * @return the events
   */
  List<QueueEvent> listEvents(long afterCursor, int limit);

  /**
   * Lists a zone's announcements after a sequence, in sequence order.
   *
   * @param zone the display zone
   * @param afterSequence the last sequence the display has seen; 0 for the beginning
   * @param limit at most this many, 1 or more
   * @return the announcements
   */
  List<Announcement> listAnnouncements(String zone, long afterSequence, int limit);

  /**
   * Lists a zone's latest announcements, newest first.
   *
   * @param zone the display zone
   * @param limit at most this many, 1 or more
   * @return the announcements
   */
  List<Announcement> latestAnnouncements(String zone, int limit);
}
