package id.mpp.sdk.time;

import id.mpp.sdk.MppException;

/**
 * A working-calendar question touched a year for which the calendar has no holiday data, and
 * the calendar was not told to guess ({@link MissingYearPolicy#FAIL}, the default). Answering
 * from the weekly schedule alone would silently count Idul Fitri as a working day, so the
 * calendar refuses instead.
 *
 * <p>Fix: load a newer holiday file with {@link WorkingCalendar.Builder#holidays(HolidayData)},
 * upgrade mpp-sdk-core, or opt in to {@link MissingYearPolicy#WEEKLY_SCHEDULE_ONLY}.
 */
public class HolidayDataMissingException extends MppException {

  private static final long serialVersionUID = 1L;

  private final int year;

  /**
   * Creates the exception.
   *
   * @param year the year without data
   * @param dataVersion the version of the holiday data in use
   * @param coveredYears a description of the years that are covered, for example {@code 2024-2026}
   */
  public HolidayDataMissingException(int year, String dataVersion, String coveredYears) {
    super("no holiday data for " + year + " (holiday data " + dataVersion + " covers "
        + coveredYears + "); load a newer id-holidays file with WorkingCalendar.builder()"
        + ".holidays(...), upgrade mpp-sdk-core, or choose MissingYearPolicy.WEEKLY_SCHEDULE_ONLY");
    this.year = year;
  }

  /** @return the year for which there is no holiday data */
  public int year() {
    return year;
  }
}
