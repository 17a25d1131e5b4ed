package id.mpp.sdk.time;

/**
 * What a {@link WorkingCalendar} does when asked about a date in a year its holiday data does
 * not cover (the bundled data covers 2024-2026).
 */
public enum MissingYearPolicy {
  /**
   * Throw {@link HolidayDataMissingException}. The default: a due date that silently ignores
   * Idul Fitri is worse than no due date.
   */
  FAIL,
  /**
   * Answer from the weekly schedule and the site's own additions only, as if the year had no
   * libur nasional and no cuti bersama. Due dates in such years are then too early (never too
   * late) by the number of holidays they cross. For simulations and for sites that accept the
   * risk; {@link WorkingCalendar#hasHolidayData(int)} still reports {@code false} for these years.
   */
  WEEKLY_SCHEDULE_ONLY
}
