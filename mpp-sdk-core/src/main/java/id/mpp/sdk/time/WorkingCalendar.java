package id.mpp.sdk.time;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Kalender hari kerja of one MPP site (and, through {@link #withCutiBersamaAsDayOff(boolean)}, of
 * one agency at that site): which dates are working days and when counters open on them.
 *
 * <p>A date is a working day when
 * <ol>
 *   <li>the site declared it an extra working day ({@link Builder#addWorkingDay}), or
 *   <li>its weekday is a working weekday (Monday-Friday; Saturday per site), and
 *   <li>it is not a libur nasional, a regional holiday or a site closure, and
 *   <li>it is not a cuti bersama, unless the calendar counts cuti bersama as working days.
 * </ol>
 *
 * <p>Holiday data: the bundled {@link HolidayData#bundled()} covers 2024-2026. A question about
 * a year the data does not cover throws {@link HolidayDataMissingException} (the default
 * {@link MissingYearPolicy#FAIL}); ask {@link #hasHolidayData(int)} first where that matters.
 *
 * <p>Immutable and thread-safe. Built once per site:
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.builder()
 *     .zone(SiteZone.WITA)
 *     .saturdayWorking(true)
 *     .addRegionalHoliday(LocalDate.of(2025, 10, 14), "Hari Jadi Kota", "Perda No. ...")
 *     .build();
 * WorkingCalendar forBpjs = calendar.withCutiBersamaAsDayOff(false);
 * }</pre>
 */
public final class WorkingCalendar {

  private static final Comparator<Holiday> PRECEDENCE = Comparator
      .comparing(Holiday::date)
      .thenComparingInt(h -> switch (h.type()) {
        case LIBUR_NASIONAL -> 0;
        case LIBUR_DAERAH -> 1;
        case SITE_CLOSED -> 2;
        case CUTI_BERSAMA -> 3;
        case UNKNOWN -> 4;
      });

  private final SiteZone zone;
  private final Set<DayOfWeek> workingWeekdays;
  private final HolidayData holidayData;
  private final NavigableMap<LocalDate, List<Holiday>> holidays;
  private final NavigableMap<LocalDate, ExtraWorkingDay> extraWorkingDays;
  private final OpeningHours openingHours;
  private final List<Season> seasons;
  private final boolean cutiBersamaAsDayOff;
  private final MissingYearPolicy missingYearPolicy;
  private final Builder source;

  private WorkingCalendar(Builder b, NavigableMap<LocalDate, List<Holiday>> holidays) {
    this.zone = b.zone;
    this.workingWeekdays = Collections.unmodifiableSet(EnumSet.copyOf(b.workingWeekdays));
    this.holidayData = b.holidayData;
    this.holidays = Collections.unmodifiableNavigableMap(holidays);
    this.extraWorkingDays = Collections.unmodifiableNavigableMap(new TreeMap<>(b.extraWorkingDays));
    this.openingHours = b.openingHours;
    this.seasons = List.copyOf(b.seasons);
    this.cutiBersamaAsDayOff = b.cutiBersamaAsDayOff;
    this.missingYearPolicy = b.missingYearPolicy;
    this.source = b.copy();
  }

  /**
   * A builder with the defaults: Monday-Friday, the bundled holiday data, cuti bersama as days
   * off, {@link OpeningHours#defaults()}, {@link MissingYearPolicy#FAIL}. The zone must be set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A calendar with every default for a zone.
   *
   * @param zone the site's zone
   * @return the calendar
   */
  public static WorkingCalendar of(SiteZone zone) {
    return builder().zone(zone).build();
  }

  /**
   * A builder holding every setting of this calendar, to derive a variant.
   *
   * @return a new builder
   */
  public Builder newBuilder() {
    return source.copy();
  }

  /**
   * The same calendar for an agency that counts cuti bersama as days off ({@code true}) or as
   * working days ({@code false}). Whether public-service units must stay open on cuti bersama is
   * <b>UNCONFIRMED</b>, so this is each agency's choice.
   *
   * @param dayOff whether cuti bersama are days off
   * @return this calendar if nothing changes, otherwise a variant sharing the same data
   */
  public WorkingCalendar withCutiBersamaAsDayOff(boolean dayOff) {
    if (dayOff == cutiBersamaAsDayOff) {
      return this;
    }
    return newBuilder().cutiBersamaAsDayOff(dayOff).build();
  }

  /** @return the site's zone */
  public SiteZone siteZone() {
    return zone;
  }

  /** @return the site's tz-database zone id, for example {@code Asia/Makassar} */
  public ZoneId zone() {
    return zone.zoneId();
  }

  /** @return the weekdays that are working days unless a holiday falls on them */
  public Set<DayOfWeek> workingWeekdays() {
    return workingWeekdays;
  }

  /** @return whether cuti bersama count as days off in this calendar */
  public boolean cutiBersamaAsDayOff() {
    return cutiBersamaAsDayOff;
  }

  /** @return what happens for a year without holiday data */
  public MissingYearPolicy missingYearPolicy() {
    return missingYearPolicy;
  }

  /** @return the holiday data in use (before the site's additions and removals) */
  public HolidayData holidayData() {
    return holidayData;
  }

  /** @return the regular weekly opening hours (seasonal hours aside) */
  public OpeningHours openingHours() {
    return openingHours;
  }

  /**
   * The years for which this calendar has complete holiday data.
   *
   * @return the years, ascending
   */
  public SortedSet<Integer> coveredYears() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(holidayData.years()));
  }

  /**
   * Whether this calendar has holiday data for a year. Never throws; use it to decide before
   * asking about far-away dates.
   *
   * @param year the year
   * @return {@code true} when libur nasional and cuti bersama of that year are known
   */
  public boolean hasHolidayData(int year) {
    return holidayData.covers(year);
  }

  /**
   * The local date of an instant in the site's zone.
   *
   * @param instant the instant
   * @return the date at the site
   */
  public LocalDate dateOf(Instant instant) {
    return instant.atZone(zone.zoneId()).toLocalDate();
  }

  /**
   * Whether a date is a working day (see the class description for the rule).
   *
   * @param date the date
   * @return {@code true} for a working day
   * @throws HolidayDataMissingException if the year has no holiday data and the policy is
   *     {@link MissingYearPolicy#FAIL}
   */
  public boolean isWorkingDay(LocalDate date) {
    requireData(date);
    if (extraWorkingDays.containsKey(date)) {
      return true;
    }
    if (!workingWeekdays.contains(date.getDayOfWeek())) {
      return false;
    }
    List<Holiday> onDate = holidays.get(date);
    return onDate == null || onDate.stream().noneMatch(this::isDayOff);
  }

  /**
   * The holiday on a date, whether or not it makes the date a day off in this calendar (a cuti
   * bersama is returned even where it counts as a working day; a holiday on a date the site
   * declared an extra working day is returned too). Where several entries share a date, the one
   * that makes it a day off wins: libur nasional, then libur daerah, then site closure, then
   * cuti bersama.
   *
   * @param date the date
   * @return the holiday, or empty when none falls on the date
   * @throws HolidayDataMissingException if the year has no holiday data and the policy is
   *     {@link MissingYearPolicy#FAIL}
   */
  public Optional<Holiday> findHoliday(LocalDate date) {
    requireData(date);
    List<Holiday> onDate = holidays.get(date);
    if (onDate == null) {
      return Optional.empty();
    }
    return onDate.stream().filter(this::isDayOff).findFirst().or(() -> Optional.of(onDate.get(0)));
  }

  /**
   * Every holiday entry from {@code from} to {@code to}, both inclusive, ascending by date: libur
   * nasional, cuti bersama (whether or not they are days off here), regional holidays and
   * closures. Entries the site removed are not listed.
   *
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the holidays
   * @throws HolidayDataMissingException if a year in the range has no holiday data and the policy
   *     is {@link MissingYearPolicy#FAIL}
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public List<Holiday> listHolidays(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from");
    }
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      requireData(year);
    }
    return holidays.subMap(from, true, to, true).values().stream()
        .flatMap(List::stream).toList();
  }

  /**
   * Every holiday entry in a date range (both ends included), as
   * {@link #listHolidays(LocalDate, LocalDate)}.
   *
   * @param range the dates
   * @return the holidays, ascending by date
   * @throws HolidayDataMissingException if a year in the range has no holiday data and the policy
   *     is {@link MissingYearPolicy#FAIL}
   */
  public List<Holiday> listHolidays(DateRange range) {
    Objects.requireNonNull(range, "range");
    return listHolidays(range.from(), range.to());
  }

  /**
   * The number of working days in a date range, both ends included, for example the working
   * days of a month in a report.
   *
   * @param range the dates
   * @return the number of working days
   * @throws HolidayDataMissingException if the range touches a year without holiday data and the
   *     policy is {@link MissingYearPolicy#FAIL}
   */
  public long workingDaysIn(DateRange range) {
    Objects.requireNonNull(range, "range");
    return workingDaysBetween(range.from(), range.to().plusDays(1));
  }

  /**
   * Every holiday entry of a year.
   *
   * @param year the year
   * @return the holidays, ascending by date
   * @throws HolidayDataMissingException if the year has no holiday data and the policy is
   *     {@link MissingYearPolicy#FAIL}
   */
  public List<Holiday> listHolidays(int year) {
    return listHolidays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * The first working day strictly after a date.
   *
   * @param date the date
   * @return the next working day
   * @throws HolidayDataMissingException if the search reaches a year without holiday data and
   *     the policy is {@link MissingYearPolicy#FAIL}
   */
  public LocalDate nextWorkingDay(LocalDate date) {
    return workingDayOnOrAfter(date.plusDays(1));
  }

  /**
   * The date itself when it is a working day, otherwise the next working day.
   *
   * @param date the date
   * @return the working day
   * @throws HolidayDataMissingException if the search reaches a year without holiday data and
   *     the policy is {@link MissingYearPolicy#FAIL}
   */
  public LocalDate workingDayOnOrAfter(LocalDate date) {
    LocalDate d = Objects.requireNonNull(date, "date");
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * The last working day strictly before a date.
   *
   * @param date the date
   * @return the previous working day
   * @throws HolidayDataMissingException if the search reaches a year without holiday data and
   *     the policy is {@link MissingYearPolicy#FAIL}
   */
  public LocalDate previousWorkingDay(LocalDate date) {
    LocalDate d = Objects.requireNonNull(date, "date").minusDays(1);
    while (!isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /**
   * Counts working days from a date: for {@code n > 0} the {@code n}-th working day strictly
   * after {@code date} (the date itself is day 0 and never counts, working day or not); for
   * {@code n < 0} the {@code |n|}-th working day strictly before it; for {@code n == 0} the date
   * unchanged. Example: {@code plusWorkingDays(Friday 2025-03-28, 1)} is Tuesday 2025-04-08 when
   * cuti bersama are days off (Idul Fitri 1446 H).
   *
   * @param date the start date (day 0)
   * @param n the number of working days
   * @return the resulting date
   * @throws HolidayDataMissingException if the count reaches a year without holiday data and the
   *     policy is {@link MissingYearPolicy#FAIL}
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    LocalDate d = Objects.requireNonNull(date, "date");
    if (n == 0) {
      return d;
    }
    int step = n > 0 ? 1 : -1;
    int remaining = Math.abs(n);
    while (remaining > 0) {
      d = d.plusDays(step);
      if (isWorkingDay(d)) {
        remaining--;
      }
    }
    return d;
  }

  /**
   * The number of working days from {@code startInclusive} up to but not including
   * {@code endExclusive}; negative when {@code endExclusive} is before {@code startInclusive}
   * (like {@link java.time.temporal.ChronoUnit#between}).
   *
   * @param startInclusive the first date counted
   * @param endExclusive the first date not counted
   * @return the number of working days
   * @throws HolidayDataMissingException if the range touches a year without holiday data and the
   *     policy is {@link MissingYearPolicy#FAIL}
   */
  public long workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      return -workingDaysBetween(endExclusive, startInclusive);
    }
    long count = 0;
    for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The opening hours of a date: its own hours when it is an extra working day with hours,
   * otherwise its weekday's hours (seasonal hours, such as Ramadan hours, take precedence over the
   * regular ones).
   *
   * @param date the date
   * @return the hours, or empty when the date is not a working day
   * @throws HolidayDataMissingException if the year has no holiday data and the policy is
   *     {@link MissingYearPolicy#FAIL}
   */
  public Optional<DayHours> findHours(LocalDate date) {
    if (!isWorkingDay(date)) {
      return Optional.empty();
    }
    ExtraWorkingDay extra = extraWorkingDays.get(date);
    if (extra != null && extra.hours() != null) {
      return Optional.of(extra.hours());
    }
    return weeklyHoursFor(date).find(date.getDayOfWeek());
  }

  private OpeningHours weeklyHoursFor(LocalDate date) {
    for (Season season : seasons) {
      if (!date.isBefore(season.from()) && !date.isAfter(season.to())) {
        return season.hours();
      }
    }
    return openingHours;
  }

  private boolean isDayOff(Holiday holiday) {
    return holiday.type() != HolidayType.CUTI_BERSAMA || cutiBersamaAsDayOff;
  }

  private void requireData(LocalDate date) {
    requireData(Objects.requireNonNull(date, "date").getYear());
  }

  private void requireData(int year) {
    if (missingYearPolicy == MissingYearPolicy.FAIL && !holidayData.covers(year)) {
      throw new HolidayDataMissingException(year, holidayData.version(), describeYears());
    }
  }

  private String describeYears() {
    List<Integer> years = holidayData.years();
    boolean contiguous = years.get(years.size() - 1) - years.get(0) == years.size() - 1;
    if (contiguous) {
      return years.size() == 1 ? String.valueOf(years.get(0))
          : years.get(0) + "-" + years.get(years.size() - 1);
    }
    return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "WorkingCalendar[" + zone + ", weekdays=" + workingWeekdays + ", holidayData "
        + holidayData.version() + " (" + describeYears() + "), cutiBersamaAsDayOff="
        + cutiBersamaAsDayOff + ", extraWorkingDays=" + extraWorkingDays.size() + "]";
  }

  private record ExtraWorkingDay(String reason, DayHours hours) {
  }

  private record Season(LocalDate from, LocalDate to, OpeningHours hours) {
  }

  /**
   * Builds a {@link WorkingCalendar}; {@link #build()} checks every setting and reports all
   * problems together, each naming the setting.
   */
  public static final class Builder {
    private SiteZone zone;
    private Set<DayOfWeek> workingWeekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private HolidayData holidayData;
    private final List<Holiday> additions = new ArrayList<>();
    private final Set<LocalDate> removals = new LinkedHashSet<>();
    private final Map<LocalDate, ExtraWorkingDay> extraWorkingDays = new LinkedHashMap<>();
    private OpeningHours openingHours = OpeningHours.defaults();
    private final List<Season> seasons = new ArrayList<>();
    private boolean cutiBersamaAsDayOff = true;
    private MissingYearPolicy missingYearPolicy = MissingYearPolicy.FAIL;

    private Builder() {
    }

    private Builder copy() {
      Builder b = new Builder();
      b.zone = zone;
      b.workingWeekdays = workingWeekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
          : EnumSet.copyOf(workingWeekdays);
      b.holidayData = holidayData;
      b.additions.addAll(additions);
      b.removals.addAll(removals);
      b.extraWorkingDays.putAll(extraWorkingDays);
      b.openingHours = openingHours;
      b.seasons.addAll(seasons);
      b.cutiBersamaAsDayOff = cutiBersamaAsDayOff;
      b.missingYearPolicy = missingYearPolicy;
      return b;
    }

    /**
     * The site's zone (required).
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder zone(SiteZone zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * The site's zone as a tz-database id (required; one of the four Indonesian zones).
     *
     * @param zoneId for example {@code Asia/Jayapura}
     * @return this builder
     * @throws MppValidationException if the zone is not Indonesian
     */
    public Builder zone(ZoneId zoneId) {
      return zone(SiteZone.of(zoneId));
    }

    /**
     * Whether Saturday is a working day at this site (default {@code false}).
     *
     * @param working {@code true} when counters open on Saturdays
     * @return this builder
     */
    public Builder saturdayWorking(boolean working) {
      if (working) {
        workingWeekdays.add(DayOfWeek.SATURDAY);
      } else {
        workingWeekdays.remove(DayOfWeek.SATURDAY);
      }
      return this;
    }

    /**
     * The working weekdays (default Monday-Friday); replaces any earlier setting.
     *
     * @param weekdays the weekdays on which the site works unless a holiday falls
     * @return this builder
     */
    public Builder workingWeekdays(Set<DayOfWeek> weekdays) {
      Objects.requireNonNull(weekdays, "weekdays");
      this.workingWeekdays = weekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
          : EnumSet.copyOf(weekdays);
      return this;
    }

    /**
     * The holiday data (default {@link HolidayData#bundled()}), for example a newer file read
     * with {@link HolidayData#read(java.io.InputStream)}.
     *
     * @param data the data
     * @return this builder
     */
    public Builder holidays(HolidayData data) {
      this.holidayData = Objects.requireNonNull(data, "data");
      return this;
    }

    /**
     * Whether cuti bersama are days off (default {@code true}). UNCONFIRMED whether units must
     * stay open on cuti bersama; set per agency.
     *
     * @param dayOff {@code true} to skip cuti bersama when counting working days
     * @return this builder
     */
    public Builder cutiBersamaAsDayOff(boolean dayOff) {
      this.cutiBersamaAsDayOff = dayOff;
      return this;
    }

    /**
     * What to do for a year without holiday data (default {@link MissingYearPolicy#FAIL}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder missingYearPolicy(MissingYearPolicy policy) {
      this.missingYearPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds a day off: a regional holiday, a closure, or a national holiday or cuti bersama that a
     * decree added after the data was released. Applied after {@link #removeHoliday(LocalDate)}.
     *
     * @param holiday the day off
     * @return this builder
     */
    public Builder addHoliday(Holiday holiday) {
      additions.add(Objects.requireNonNull(holiday, "holiday"));
      return this;
    }

    /**
     * Adds a libur daerah: a regional holiday of the province or kabupaten/kota.
     *
     * @param date the date
     * @param name the name in Bahasa Indonesia
     * @param source the regional decree, for example a Peraturan or Keputusan Bupati/Wali Kota
     * @return this builder
     * @throws MppValidationException if a part is missing or blank
     */
    public Builder addRegionalHoliday(LocalDate date, String name, String source) {
      return addHoliday(new Holiday(date, name, HolidayType.LIBUR_DAERAH, source));
    }

    /**
     * Closes the site on a date for another reason (renovation, disaster, an event).
     *
     * @param date the date
     * @param reason why, in Bahasa Indonesia; also recorded as the source
     * @return this builder
     * @throws MppValidationException if a part is missing or blank
     */
    public Builder addClosedDate(LocalDate date, String reason) {
      return addHoliday(new Holiday(date, reason, HolidayType.SITE_CLOSED, reason));
    }

    /**
     * Removes the holiday data's entry on a date, for example after a decree moved a cuti
     * bersama. The date must have an entry in the holiday data.
     *
     * @param date the date
     * @return this builder
     */
    public Builder removeHoliday(LocalDate date) {
      removals.add(Objects.requireNonNull(date, "date"));
      return this;
    }

    /**
     * Declares an extra working day with the weekday's regular hours, for example a Saturday
     * service day or a cuti bersama on which this site opens. It is a working day whatever else
     * falls on it.
     *
     * @param date the date
     * @param reason why, in Bahasa Indonesia
     * @return this builder
     */
    public Builder addWorkingDay(LocalDate date, String reason) {
      return putWorkingDay(date, reason, null);
    }

    /**
     * Declares an extra working day with its own hours.
     *
     * @param date the date
     * @param reason why, in Bahasa Indonesia
     * @param hours the hours of that day
     * @return this builder
     */
    public Builder addWorkingDay(LocalDate date, String reason, DayHours hours) {
      return putWorkingDay(date, reason, Objects.requireNonNull(hours, "hours"));
    }

    private Builder putWorkingDay(LocalDate date, String reason, DayHours hours) {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
      extraWorkingDays.put(date, new ExtraWorkingDay(reason, hours));
      return this;
    }

    /**
     * The regular weekly opening hours (default {@link OpeningHours#defaults()}, UNCONFIRMED
     * typical hours). Every working weekday must have hours.
     *
     * @param hours the hours
     * @return this builder
     */
    public Builder openingHours(OpeningHours hours) {
      this.openingHours = Objects.requireNonNull(hours, "hours");
      return this;
    }

    /**
     * Other weekly hours for a period, for example shorter hours during Ramadan. Periods must not
     * overlap; every working weekday must have hours.
     *
     * @param from the first date, inclusive
     * @param to the last date, inclusive
     * @param hours the hours in that period
     * @return this builder
     */
    public Builder seasonalOpeningHours(LocalDate from, LocalDate to, OpeningHours hours) {
      seasons.add(new Season(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"),
          Objects.requireNonNull(hours, "hours")));
      return this;
    }

    /**
     * Other weekly hours for a date range, as
     * {@link #seasonalOpeningHours(LocalDate, LocalDate, OpeningHours)}.
     *
     * @param range the dates, both ends included
     * @param hours the hours in that period
     * @return this builder
     */
    public Builder seasonalOpeningHours(DateRange range, OpeningHours hours) {
      Objects.requireNonNull(range, "range");
      return seasonalOpeningHours(range.from(), range.to(), hours);
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar
     * @throws MppValidationException naming every bad setting: no zone, no working weekday, a
     *     working weekday without opening hours, a removal of a date without holiday data entry,
     *     a date both closed and declared a working day, an extra working day without hours,
     *     overlapping or reversed seasonal periods, a blank reason
     */
    public WorkingCalendar build() {
      if (holidayData == null) {
        holidayData = HolidayData.bundled();
      }
      List<Violation> violations = new ArrayList<>();
      if (zone == null) {
        violations.add(TimeRules.violation("zone", "workingCalendar.zone"));
      }
      if (workingWeekdays.isEmpty()) {
        violations.add(TimeRules.violation("workingWeekdays", "workingCalendar.workingWeekdays"));
      }
      for (DayOfWeek day : workingWeekdays) {
        if (openingHours.find(day).isEmpty()) {
          violations.add(TimeRules.violation("openingHours." + day, "workingCalendar.hoursMissing"));
        }
      }
      for (int i = 0; i < seasons.size(); i++) {
        Season s = seasons.get(i);
        String field = "seasonalOpeningHours[" + i + "]";
        if (s.to().isBefore(s.from())) {
          violations.add(TimeRules.violation(field, "workingCalendar.seasonOrder"));
        }
        for (int j = 0; j < i; j++) {
          Season o = seasons.get(j);
          if (!s.from().isAfter(o.to()) && !o.from().isAfter(s.to())) {
            violations.add(TimeRules.violation(field, "workingCalendar.seasonOverlap"));
          }
        }
        for (DayOfWeek day : workingWeekdays) {
          if (s.hours().find(day).isEmpty()) {
            violations.add(TimeRules.violation(field + "." + day, "workingCalendar.hoursMissing"));
          }
        }
      }
      Set<LocalDate> dataDates = holidayData.holidays().stream().map(Holiday::date)
          .collect(Collectors.toSet());
      for (LocalDate date : removals) {
        if (!dataDates.contains(date)) {
          violations.add(TimeRules.violation("removeHoliday[" + date + "]", "workingCalendar.removeUnknown"));
        }
      }
      for (Map.Entry<LocalDate, ExtraWorkingDay> e : extraWorkingDays.entrySet()) {
        LocalDate date = e.getKey();
        String field = "addWorkingDay[" + date + "]";
        if (e.getValue().reason().isBlank()) {
          violations.add(TimeRules.violation(field, "workingCalendar.reason"));
        }
        if (additions.stream().anyMatch(h -> h.date().equals(date)
            && h.type() == HolidayType.SITE_CLOSED)) {
          violations.add(TimeRules.violation(field, "workingCalendar.conflict"));
        }
        if (e.getValue().hours() == null && seasons.stream()
            .filter(s -> !date.isBefore(s.from()) && !date.isAfter(s.to()))
            .map(Season::hours).findFirst().orElse(openingHours)
            .find(date.getDayOfWeek()).isEmpty()) {
          violations.add(TimeRules.violation(field, "workingCalendar.extraDayHours"));
        }
      }
      if (!violations.isEmpty()) {
        throw new MppValidationException(violations);
      }
      NavigableMap<LocalDate, List<Holiday>> byDate = new TreeMap<>();
      for (Holiday h : holidayData.holidays()) {
        if (!removals.contains(h.date())) {
          byDate.computeIfAbsent(h.date(), d -> new ArrayList<>()).add(h);
        }
      }
      for (Holiday h : additions) {
        byDate.computeIfAbsent(h.date(), d -> new ArrayList<>()).add(h);
      }
      byDate.replaceAll((d, list) -> list.stream().sorted(PRECEDENCE).toList());
      return new WorkingCalendar(this, byDate);
    }
  }
}
