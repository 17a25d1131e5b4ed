package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which tickets to list: service days in a range, optionally of one agency or service (of the
 * current step) and in some states. Results are ordered by service day, then issue time, then id.
 *
 * @param fromDay the first service day, inclusive
 * @param toDay the last service day, inclusive
 * @param agency only this agency's tickets; {@code null} for all
 * @param service only this service's tickets; {@code null} for all
 * @param states only tickets in these states; empty for all
 * @param limit at most this many, 1 or more
 */
public record TicketQuery(LocalDate fromDay, LocalDate toDay, AgencyId agency,
    ServiceCode service, Set<TicketState> states, int limit) {

  /** Checks the range and copies the states. */
  public TicketQuery {
    Objects.requireNonNull(fromDay, "fromDay");
    Objects.requireNonNull(toDay, "toDay");
    if (toDay.isBefore(fromDay)) {
      throw new IllegalArgumentException("toDay is before fromDay");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    states = copy(states);
  }

  /**
   * Every ticket of one day.
   *
   * @param day the service day
   * @return the query
   */
  public static TicketQuery day(LocalDate day) {
    return new TicketQuery(day, day, null, null, Set.of(), Integer.MAX_VALUE);
  }

  /**
   * The tickets of a range of days.
   *
   * @param from the first day
   * @param to the last day
   * @return the query
   */
  public static TicketQuery days(LocalDate from, LocalDate to) {
    return new TicketQuery(from, to, null, null, Set.of(), Integer.MAX_VALUE);
  }

  /**
   * This query for one service only.
   *
   * @param value the service
   * @return a copy
   */
  public TicketQuery service(ServiceCode value) {
    return new TicketQuery(fromDay, toDay, agency, value, states, limit);
  }

  /**
   * This query for one agency only.
   *
   * @param value the agency
   * @return a copy
   */
  public TicketQuery agency(AgencyId value) {
    return new TicketQuery(fromDay, toDay, value, service, states, limit);
  }

  /**
   * This query for some states only.
   *
   * @param first a state
   * @param more more states
   * @return a copy
   */
  public TicketQuery states(TicketState first, TicketState... more) {
    return new TicketQuery(fromDay, toDay, agency, service, EnumSet.of(first, more), limit);
  }

  /**
   * This query with a limit.
   *
   * @param value at most this many
   * @return a copy
   */
  public TicketQuery limit(int value) {
    return new TicketQuery(fromDay, toDay, agency, service, states, value);
  }

  /**
   * Whether a ticket matches.
   *
   * @param t the ticket
   * @return {@code true} when it is in range and matches every filter
   */
  public boolean matches(Ticket t) {
    return !t.serviceDay().isBefore(fromDay) && !t.serviceDay().isAfter(toDay)
        && (agency == null || agency.equals(t.agency()))
        && (service == null || service.equals(t.service()))
        && (states.isEmpty() || states.contains(t.state()));
  }

  private static Set<TicketState> copy(Collection<TicketState> states) {
    if (states == null || states.isEmpty()) {
      return Set.of();
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(states));
  }
}
