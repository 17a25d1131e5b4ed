package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.ServiceCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which bookings to list: dates in a range, optionally of one service and in some states.
 * Results are ordered by date, session start, then creation time, then id.
 *
 * @param fromDate the first date, inclusive
 * @param toDate the last date, inclusive
 * @param service only this service's bookings; {@code null} for all
 * @param states only bookings in these states; empty for all
 */
public record BookingQuery(LocalDate fromDate, LocalDate toDate, ServiceCode service,
    Set<BookingState> states) {

  /** Checks the range and copies the states. */
  public BookingQuery {
    Objects.requireNonNull(fromDate, "fromDate");
    Objects.requireNonNull(toDate, "toDate");
    if (toDate.isBefore(fromDate)) {
      throw new IllegalArgumentException("toDate is before fromDate");
    }
    states = copy(states);
  }

  /**
   * Every booking of a range of dates.
   *
   * @param from the first date
   * @param to the last date
   * @return the query
   */
  public static BookingQuery dates(LocalDate from, LocalDate to) {
    return new BookingQuery(from, to, null, Set.of());
  }

  /**
   * This query for one service only.
   *
   * @param value the service
   * @return a copy
   */
  public BookingQuery service(ServiceCode value) {
    return new BookingQuery(fromDate, toDate, value, states);
  }

  /**
   * This query for some states only.
   *
   * @param first a state
   * @param more more states
   * @return a copy
   */
  public BookingQuery states(BookingState first, BookingState... more) {
    return new BookingQuery(fromDate, toDate, service, EnumSet.of(first, more));
  }

  /**
   * Whether a booking matches.
   *
   * @param b the booking
   * @return {@code true} when it is in range and matches every filter
   */
  public boolean matches(Booking b) {
    return !b.date().isBefore(fromDate) && !b.date().isAfter(toDate)
        && (service == null || service.equals(b.service()))
        && (states.isEmpty() || states.contains(b.state()));
  }

  private static Set<BookingState> copy(Collection<BookingState> states) {
    if (states == null || states.isEmpty()) {
      return Set.of();
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(states));
  }
}
