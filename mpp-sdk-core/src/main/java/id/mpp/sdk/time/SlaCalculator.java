package id.mpp.sdk.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Time arithmetic for service levels (SLA): the due instant of a {@link ProcessingTime}, elapsed
 * working time, and pauses during which the clock stops. Everything is computed in the site's
 * zone on its {@link WorkingCalendar}; the tracking SLA clock and the LAPOR! 3/5/10 working-day
 * timers are built on it.
 *
 * <h2>Rules</h2>
 * <dl>
 *   <dt>{@link ProcessingTime.Unit#WORKING_DAYS} ("5 hari kerja")</dt>
 *   <dd>A working day ends at its closing time (the end of its last session). The submission
 *   day does not count: an application handed in on working day D before closing time is due at
 *   the closing time of the 5th working day after D. One handed in at or after closing time, or
 *   on a day that is not a working day, counts as handed in on the next working day D' and is due
 *   at the closing time of the 5th working day after D'. During a pause a working day counts only
 *   if the clock is running at its closing time, so a pause that covers the closing time of two
 *   working days moves the due date by two working days, and a pause within one day costs
 *   nothing.</dd>
 *   <dt>{@link ProcessingTime.Unit#WORKING_HOURS} ("8 jam kerja")</dt>
 *   <dd>Only time inside opening sessions of working days counts: breaks (istirahat, sholat
 *   Jumat), evenings, weekends and holidays do not. Counting starts at the submission instant (or
 *   at the next opening). The due instant is where the budget runs out, which may be the end of a
 *   session (12:00 before the break, not 13:00 after it). Pauses subtract their overlap with
 *   opening time.</dd>
 *   <dt>{@link ProcessingTime.Unit#CALENDAR_DAYS} ("14 hari kalender")</dt>
 *   <dd>Like working days, but every day counts and a day ends at midnight: handed in on day D
 *   (at any time), due at the end of day D+n, that is 00:00 of day D+n+1 in the site's zone. No
 *   holiday data is needed.</dd>
 *   <dt>{@link ProcessingTime.Unit#MINUTES} ("60 menit")</dt>
 *   <dd>Wall-clock minutes from the submission instant; pauses add their length.</dd>
 * </dl>
 *
 * <p>To restart rather than pause (some Standar Pelayanan count "sejak berkas lengkap"), compute
 * from the instant the complete file was received instead.
 *
 * <p>Immutable and thread-safe. Every method may throw {@link HolidayDataMissingException} when
 * the arithmetic reaches a year without holiday data (see {@link MissingYearPolicy}).
 */
public final class SlaCalculator {

  private final WorkingCalendar calendar;
  private final ZoneId zone;

  private SlaCalculator(WorkingCalendar calendar) {
    this.calendar = calendar;
    this.zone = calendar.zone();
  }

  /**
   * Creates a calculator on a calendar (typically the agency's variant of the site calendar).
   *
   * @param calendar the working calendar
   * @return the calculator
   */
  public static SlaCalculator of(WorkingCalendar calendar) {
    return new SlaCalculator(Objects.requireNonNull(calendar, "calendar"));
  }

  /** @return the calendar this calculator counts on */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * The due instant of a processing time started at an instant, without pauses.
   *
   * @param start when the clock started (the application was handed in)
   * @param time the processing time
   * @return the due instant
   * @throws HolidayDataMissingException if the count reaches a year without holiday data
   */
  public Instant dueAt(Instant start, ProcessingTime time) {
    return dueAt(start, time, List.of());
  }

  /**
   * The due instant of a processing time started at an instant, with the clock stopped during
   * the pauses. Pauses may overlap and may be given in any order; parts before {@code start} are
   * ignored, and pauses after the due instant do not change it.
   *
   * @param start when the clock started
   * @param time the processing time
   * @param pauses the intervals during which the clock stopped
   * @return the due instant
   * @throws HolidayDataMissingException if the count reaches a year without holiday data
   */
  public Instant dueAt(Instant start, ProcessingTime time, List<Pause> pauses) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(time, "time");
    List<Pause> merged = merge(pauses, start);
    return switch (time.unit()) {
      case MINUTES -> consume(start, Duration.ofMinutes(time.value()), merged, false);
      case WORKING_HOURS -> consume(start, Duration.ofHours(time.value()), merged, true);
      case WORKING_DAYS -> nthCountedDayEnd(start, time.value(), merged, true);
      case CALENDAR_DAYS -> nthCountedDayEnd(start, time.value(), merged, false);
      case UNKNOWN -> throw new IllegalStateException("ProcessingTime refuses UNKNOWN units");
    };
  }

  /**
   * The working day an application handed in at an instant counts as handed in on (day 0 of a
   * working-day count): the same date when handed in on a working day before closing time,
   * otherwise the next working day.
   *
   * @param start when the application was handed in
   * @return the date of day 0
   * @throws HolidayDataMissingException if the search reaches a year without holiday data
   */
  public LocalDate countedSubmissionDate(Instant start) {
    Objects.requireNonNull(start, "start");
    LocalDate d = calendar.dateOf(start);
    while (true) {
      Instant end = dayEnd(d, true);
      if (end != null && end.isAfter(start)) {
        return d;
      }
      d = d.plusDays(1);
    }
  }

  /**
   * Opening time of working days between two instants: only time inside opening sessions of
   * working days counts. Negative when {@code to} is before {@code from}.
   *
   * @param from the first instant
   * @param to the last instant
   * @return the working time
   * @throws HolidayDataMissingException if the interval touches a year without holiday data
   */
  public Duration workingTimeBetween(Instant from, Instant to) {
    return workingTimeBetween(from, to, List.of());
  }

  /**
   * Opening time of working days between two instants, without the time the clock was paused.
   * Negative when {@code to} is before {@code from}.
   *
   * @param from the first instant
   * @param to the last instant
   * @param pauses the intervals during which the clock stopped
   * @return the working time
   * @throws HolidayDataMissingException if the interval touches a year without holiday data
   */
  public Duration workingTimeBetween(Instant from, Instant to, List<Pause> pauses) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return workingTimeBetween(to, from, pauses).negated();
    }
    List<Pause> merged = merge(pauses, from);
    Duration total = Duration.ZERO;
    for (LocalDate d = calendar.dateOf(from); !d.isAfter(calendar.dateOf(to)); d = d.plusDays(1)) {
      for (Interval session : sessions(d)) {
        Interval clipped = session.clip(from, to);
        if (clipped != null) {
          for (Interval piece : minus(clipped, merged)) {
            total = total.plus(piece.length());
          }
        }
      }
    }
    return total;
  }

  /**
   * How many working days of a working-day count have passed at an instant: the working days
   * after day 0 whose closing time lies after {@code start}, at or before {@code at}, and outside
   * every pause. "Day 3 of 5" is {@code workingDaysElapsed(...) == 3}.
   *
   * @param start when the clock started
   * @param at the instant asked about
   * @param pauses the intervals during which the clock stopped
   * @return the number of counted working days, 0 when {@code at} is not after the end of day 0
   * @throws HolidayDataMissingException if the count reaches a year without holiday data
   */
  public long workingDaysElapsed(Instant start, Instant at, List<Pause> pauses) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(at, "at");
    List<Pause> merged = merge(pauses, start);
    long counted = 0;
    boolean grace = true;
    for (LocalDate d = calendar.dateOf(start); !d.isAfter(calendar.dateOf(at)); d = d.plusDays(1)) {
      Instant end = dayEnd(d, true);
      if (end == null || !end.isAfter(start) || end.isAfter(at)) {
        continue;
      }
      if (grace) {
        grace = false;
      } else if (!paused(end, merged)) {
        counted++;
      }
    }
    return counted;
  }

  // --- working and calendar days: count day ends ---------------------------------------------

  private Instant nthCountedDayEnd(Instant start, int n, List<Pause> pauses, boolean working) {
    int counted = 0;
    boolean grace = true;
    for (LocalDate d = calendar.dateOf(start); ; d = d.plusDays(1)) {
      Instant end = dayEnd(d, working);
      if (end == null || !end.isAfter(start)) {
        continue;
      }
      if (grace) {
        grace = false;
        continue;
      }
      if (!paused(end, pauses) && ++counted == n) {
        return end;
      }
    }
  }

  /** The end of a counted day: closing time of a working day, midnight of a calendar day. */
  private Instant dayEnd(LocalDate date, boolean working) {
    if (!working) {
      return date.plusDays(1).atStartOfDay(zone).toInstant();
    }
    return calendar.findHours(date)
        .map(h -> date.atTime(h.closes()).atZone(zone).toInstant())
        .orElse(null);
  }

  /** Whether a day end falls in a pause: after its start, up to and including its end. */
  private static boolean paused(Instant t, List<Pause> pauses) {
    for (Pause p : pauses) {
      if (t.isAfter(p.start()) && !t.isAfter(p.end())) {
        return true;
      }
    }
    return false;
  }

  // --- working hours and minutes: consume a continuous budget --------------------------------

  private Instant consume(Instant start, Duration budget, List<Pause> pauses,
      boolean openingHoursOnly) {
    Duration remaining = budget;
    if (!openingHoursOnly) {
      Instant cursor = start;
      for (Pause p : pauses) {
        Duration before = Duration.between(cursor, p.start());
        if (remaining.compareTo(before) <= 0) {
          return cursor.plus(remaining);
        }
        remaining = remaining.minus(before);
        cursor = p.end();
      }
      return cursor.plus(remaining);
    }
    for (LocalDate d = calendar.dateOf(start); ; d = d.plusDays(1)) {
      for (Interval session : sessions(d)) {
        Interval clipped = session.clip(start, null);
        if (clipped == null) {
          continue;
        }
        for (Interval piece : minus(clipped, pauses)) {
          Duration length = piece.length();
          if (remaining.compareTo(length) <= 0) {
            return piece.start().plus(remaining);
          }
          remaining = remaining.minus(length);
        }
      }
    }
  }

  private List<Interval> sessions(LocalDate date) {
    return calendar.findHours(date)
        .map(h -> h.sessions().stream()
            .map(s -> new Interval(date.atTime(s.start()).atZone(zone).toInstant(),
                date.atTime(s.end()).atZone(zone).toInstant()))
            .toList())
        .orElse(List.of());
  }

  /** The parts of an interval outside every (merged, ordered) pause. */
  private static List<Interval> minus(Interval interval, List<Pause> pauses) {
    List<Interval> pieces = new ArrayList<>();
    Instant cursor = interval.start();
    for (Pause p : pauses) {
      if (!p.end().isAfter(cursor)) {
        continue;
      }
      if (!p.start().isBefore(interval.end())) {
        break;
      }
      if (p.start().isAfter(cursor)) {
        pieces.add(new Interval(cursor, p.start()));
      }
      cursor = p.end();
      if (!cursor.isBefore(interval.end())) {
        return pieces;
      }
    }
    pieces.add(new Interval(cursor, interval.end()));
    return pieces;
  }

  /** Sorts pauses, drops the parts before {@code from}, merges overlapping or touching ones. */
  private static List<Pause> merge(List<Pause> pauses, Instant from) {
    Objects.requireNonNull(pauses, "pauses");
    List<Pause> sorted = new ArrayList<>();
    for (Pause p : pauses) {
      Objects.requireNonNull(p, "pause");
      if (p.end().isAfter(from)) {
        sorted.add(p.start().isBefore(from) ? Pause.of(from, p.end()) : p);
      }
    }
    sorted.sort(Comparator.comparing(Pause::start));
    List<Pause> merged = new ArrayList<>();
    for (Pause p : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && !p.start().isAfter(merged.get(last).end())) {
        Pause prev = merged.get(last);
        merged.set(last, Pause.of(prev.start(),
            p.end().isAfter(prev.end()) ? p.end() : prev.end()));
      } else {
        merged.add(p);
      }
    }
    return merged;
  }

  private record Interval(Instant start, Instant end) {
    Duration length() {
      return Duration.between(start, end);
    }

    /** This interval cut to [from, to) ({@code to} null for open-ended); null when empty. */
    Interval clip(Instant from, Instant to) {
      Instant s = start.isBefore(from) ? from : start;
      Instant e = to != null && end.isAfter(to) ? to : end;
      return e.isAfter(s) ? new Interval(s, e) : null;
    }
  }

  @Override
  public String toString() {
    return "SlaCalculator[" + calendar + "]";
  }
}
