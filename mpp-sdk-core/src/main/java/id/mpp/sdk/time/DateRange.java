package id.mpp.sdk.time;

import id.mpp.sdk.MppValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A range of calendar dates in a site's zone, both ends included: a day, a month, a year or any
 * span. It becomes a half-open range of instants with {@link #startInclusive(ZoneId)} and
 * {@link #endExclusive(ZoneId)}, so "March 2026 in WITA" means 1 March 00:00 WITA up to (not
 * including) 1 April 00:00 WITA.
 *
 * <pre>{@code
 * DateRange.day(LocalDate.of(2026, 3, 2));
 * DateRange.month(YearMonth.of(2026, 3));
 * DateRange.year(Year.of(2026));
 * }</pre>
 *
 * @param from the first date
 * @param to the last date, on or after {@code from}
 */
public record DateRange(LocalDate from, LocalDate to) {

  /**
   * Checks the order of the ends.
   *
   * @throws MppValidationException if {@code to} is before {@code from}
   */
  public DateRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw MppValidationException.of("to", "dateRange.order",
          "the last date of a range must not be before its first date");
    }
  }

  /**
   * A range of dates, both included.
   *
   * @param from the first date
   * @param to the last date
   * @return the range
   */
  public static DateRange of(LocalDate from, LocalDate to) {
    return new DateRange(from, to);
  }

  /**
   * One day.
   *
   * @param date the day
   * @return the range
   */
  public static DateRange day(LocalDate date) {
    return new DateRange(date, date);
  }

  /**
   * One calendar month.
   *
   * @param month the month
   * @return the range from its first to its last day
   */
  public static DateRange month(YearMonth month) {
    return new DateRange(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * One calendar year.
   *
   * @param year the year
   * @return the range from 1 January to 31 December
   */
  public static DateRange year(Year year) {
    return new DateRange(year.atDay(1), year.atMonth(12).atEndOfMonth());
  }

  /**
   * The first instant of the range in a zone.
   *
   * @param zone the site's zone
   * @return the start of {@link #from()} in that zone
   */
  public Instant startInclusive(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  /**
   * The first instant after the range in a zone.
   *
   * @param zone the site's zone
   * @return the start of the day after {@link #to()} in that zone
   */
  public Instant endExclusive(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * Whether an instant falls in the range, seen in a zone.
   *
   * @param instant the instant
   * @param zone the site's zone
   * @return whether its local date is in the range
   */
  public boolean contains(Instant instant, ZoneId zone) {
    return !instant.isBefore(startInclusive(zone)) && instant.isBefore(endExclusive(zone));
  }

  /**
   * Whether a date falls in the range.
   *
   * @param date the date
   * @return whether {@code from <= date <= to}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /**
   * The number of dates in the range.
   *
   * @return 1 for a day, 28 to 31 for a month
   */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  @Override
  public String toString() {
    return from.equals(to) ? from.toString() : from + ".." + to;
  }
}
