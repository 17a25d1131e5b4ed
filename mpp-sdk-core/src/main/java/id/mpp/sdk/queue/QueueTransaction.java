package id.mpp.sdk.queue;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.catalogue.ServiceCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The write half of the {@link QueueStore} SPI: one atomic, isolated unit of work on one site,
 * handed to the work function of {@link QueueStore#transact}. It reads its own writes.
 *
 * <p><b>Locks.</b> {@code lock…} methods lock the row they return (or create) until the
 * transaction ends; another transaction locking the same row waits. In PostgreSQL they are
 * {@code SELECT … FOR UPDATE}; {@link #lockCallHeads} is {@code FOR UPDATE SKIP LOCKED}. A
 * transaction that updates a row must have locked it first; the engine always does.
 *
 * <p><b>Versions.</b> {@link #updateTicket}, {@link #updateCounter} and {@link #updateBooking}
 * apply only when the stored version is exactly one below the new one; otherwise they throw
 * {@link ConflictException} with reason {@code version_conflict} and the transaction fails.
 *
 * <p><b>Uniqueness.</b> The store enforces: one ticket per id; one ticket per (numberedBy,
 * serviceDay, sequence); one counter per id; one booking per id and per code; at most one
 * active (booked or checked-in) booking per (citizenHash, service, date); one idempotency entry
 * per key. (The desk also keeps ticket prefixes unique per site; a persistent store should back
 * that with a unique index, as two configuration changes may race.) A violation throws {@link ConflictException} (reasons {@code duplicate_ticket},
 * {@code duplicate_counter}, {@code duplicate_booking}, {@code duplicate_active_booking}).
 *
 * <p><b>Ordering.</b> Event cursors and a zone's announcement sequences are given in commit
 * order: a reader never sees cursor {@code c + 1} committed before cursor {@code c}.
 */
public interface QueueTransaction extends QueueReader {

  /**
   * Inserts or replaces an agency.
   *
   * @param agency the agency
   */
  void putAgency(QueueAgency agency);

  /**
   * Inserts or replaces a service's queue definition.
   *
   * @param service the service
   */
  void putService(ServiceQueue service);

  /**
   * Inserts or replaces a service's booking plan.
   *
   * @param plan the plan
   */
  void putBookingPlan(BookingPlan plan);

  /**
   * Inserts a counter with version 1.
   *
   * @param counter the counter
   * @throws ConflictException {@code duplicate_counter} if the id exists
   */
  void insertCounter(Counter counter);

  /**
   * Locks a counter.
   *
   * @param id the counter id
   * @return the counter, or empty
   */
  Optional<Counter> lockCounter(CounterId id);

  /**
   * Updates a locked counter.
   *
   * @param counter the new row; its version is the stored one plus one
   * @throws ConflictException {@code version_conflict} otherwise
   */
  void updateCounter(Counter counter);

  /**
   * Locks the number sequence of a service on a day, creating it with zeros if absent. The
   * creation is race-free: two transactions creating the same row end up with one row.
   *
   * @param service the service
   * @param day the day
   * @return the locked row
   */
  ServiceDay lockServiceDay(ServiceCode service, LocalDate day);

  /**
   * Updates a locked number sequence.
   *
   * @param row the new row
   */
  void updateServiceDay(ServiceDay row);

  /**
   * Locks a ticket.
   *
   * @param id the ticket id
   * @return the ticket, or empty
   */
  Optional<Ticket> lockTicket(TicketId id);

  /**
   * Inserts a new ticket (version 1).
   *
   * @param ticket the ticket
   * @throws ConflictException {@code duplicate_ticket} if its id or its (numberedBy, serviceDay,
   *     sequence) exists
   */
  void insertTicket(Ticket ticket);

  /**
   * Updates a locked ticket.
   *
   * @param ticket the new row; its version is the stored one plus one
   * @throws ConflictException {@code version_conflict} otherwise
   */
  void updateTicket(Ticket ticket);

  /**
   * Finds and locks, for each service of the query, the head of each of its three lanes (see
   * {@link HeadQuery}), skipping tickets another transaction has locked.
   *
   * @param query the counter, services, day and instants
   * @return at most three tickets per service, in no particular order
   */
  List<Ticket> lockCallHeads(HeadQuery query);

  /**
   * The rank bounds of a service's queued tickets on a day.
   *
   * @param service the service (of the current step)
   * @param day the service day
   * @return the bounds, or empty when nobody is queued
   */
  Optional<RankBounds> rankBounds(ServiceCode service, LocalDate day);

  /**
   * Locks and lists tickets, as {@link #listTickets}.
   *
   * @param query which tickets
   * @return the locked tickets
   */
  List<Ticket> lockTickets(TicketQuery query);

  /**
   * Appends to a ticket's audit log. The transition's version is the ticket's new version.
   *
   * @param transition the entry
   */
  void appendTransition(TicketTransition transition);

  /**
   * Locks a booking session's count, creating it with zero if absent (race-free).
   *
   * @param service the service
   * @param date the date
   * @param sessionStart the session's start
   * @return the locked row
   */
  SessionDay lockSessionDay(ServiceCode service, LocalDate date, LocalTime sessionStart);

  /**
   * Updates a locked booking session's count.
   *
   * @param row the new row
   */
  void updateSessionDay(SessionDay row);

  /**
   * Locks a booking.
   *
   * @param id the booking id
   * @return the booking, or empty
   */
  Optional<Booking> lockBooking(BookingId id);

  /**
   * Locks a booking by its code.
   *
   * @param code the code
   * @return the booking, or empty
   */
  Optional<Booking> lockBookingByCode(String code);

  /**
   * Inserts a new booking (version 1).
   *
   * @param booking the booking
   * @throws ConflictException {@code duplicate_booking} if its id or code exists;
   *     {@code duplicate_active_booking} if an active booking with the same citizen hash, service
   *     and date exists
   */
  void insertBooking(Booking booking);

  /**
   * Updates a locked booking.
   *
   * @param booking the new row; its version is the stored one plus one
   * @throws ConflictException {@code version_conflict} otherwise
   */
  void updateBooking(Booking booking);

  /**
   * Locks and lists bookings, as {@link #listBookings}.
   *
   * @param query which bookings
   * @return the locked bookings
   */
  List<Booking> lockBookings(BookingQuery query);

  /**
   * Claims an idempotency key with one atomic insert. If the key exists, nothing is written and
   * the existing entry is returned; if a concurrent transaction is inserting the same key, this
   * call waits for it (and, if that one commits, returns its entry).
   *
   * @param entry the entry to insert
   * @return empty when this transaction claimed the key; else the entry that holds it
   */
  Optional<IdempotencyEntry> claimIdempotencyKey(IdempotencyEntry entry);

  /**
   * Appends an event to the site's log and gives it the next cursor: the site's last cursor plus
   * one, in commit order (a per-site counter row locked by the transaction does both; a rolled-back
   * transaction leaves no gap).
   *
   * @param draft the event, with cursor 0
   * @return the event with its cursor
   */
  QueueEvent appendEvent(QueueEvent draft);

  /**
   * Locks the announcement schedule of a display zone, creating it (sequence 0, busy until
   * {@link Instant#EPOCH}) if absent (race-free).
   *
   * @param zone the display zone
   * @return the locked row
   */
  ZoneState lockZone(String zone);

  /**
   * Updates a locked zone schedule.
   *
   * @param row the new row
   */
  void updateZone(ZoneState row);

  /**
   * Inserts an announcement; its sequence is the zone's new {@code lastSequence}.
   *
   * @param announcement the announcement
   */
  void insertAnnouncement(Announcement announcement);

  /**
   * Deletes old history: idempotency entries created before {@code keysBefore}; tickets that are
   * done, cancelled, expired or no-show with a service day before {@code dayBefore}, with their
   * transitions; bookings dated before {@code dayBefore} that are not {@code BOOKED}; number
   * sequences and session counts dated before {@code dayBefore}; events and announcements made
   * before {@code timeBefore}. Cursors and sequences are never reused after a purge.
   *
   * @param keysBefore idempotency entries created before this go
   * @param dayBefore tickets, bookings and counts of days before this go
   * @param timeBefore events and announcements before this go
   * @return how many rows were deleted
   */
  int purge(Instant keysBefore, LocalDate dayBefore, Instant timeBefore);
}
