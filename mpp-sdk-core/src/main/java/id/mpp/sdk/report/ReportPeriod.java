package id.mpp.sdk.report;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnore;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.time.DateRange;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The period a report covers: one day, one calendar month or one calendar year, in the site's
 * zone.
 *
 * @param granularity day, month or year
 * @param from the first date
 * @param to the last date
 */
public record ReportPeriod(Granularity granularity, LocalDate from, LocalDate to) {

  /** How long a report period is. */
  public enum Granularity {
    /** One day (laporan harian). */
    DAY,
    /** One calendar month (laporan bulanan). */
    MONTH,
    /** One calendar year (laporan tahunan). */
    YEAR,
    /** A granularity this SDK version does not know (read from a newer peer). */
    @JsonEnumDefaultValue
    UNKNOWN
  }

  /**
   * Checks that the dates are exactly one day, month or year.
   *
   * @throws MppValidationException if they are not
   */
  public ReportPeriod {
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    boolean ok = switch (granularity) {
      case DAY -> from.equals(to);
      case MONTH -> from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth());
      case YEAR -> from.getDayOfYear() == 1 && to.equals(from.withMonth(12).withDayOfMonth(31));
      case UNKNOWN -> false;
    };
    if (!ok) {
      throw MppValidationException.of("period", "report.period",
          "a report period is exactly one day, one calendar month or one calendar year");
    }
  }

  /**
   * One day.
   *
   * @param date the day
   * @return the period
   */
  public static ReportPeriod day(LocalDate date) {
    return new ReportPeriod(Granularity.DAY, date, date);
  }

  /**
   * One calendar month.
   *
   * @param month the month
   * @return the period
   */
  public static ReportPeriod month(YearMonth month) {
    return new ReportPeriod(Granularity.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  /**
   * One calendar year.
   *
   * @param year the year
   * @return the period
   */
  public static ReportPeriod year(Year year) {
    return new ReportPeriod(Granularity.YEAR, year.atDay(1), year.atMonth(12).atEndOfMonth());
  }

  /**
   * The dates of the period.
   *
   * @return the range, both ends included
   */
  @JsonIgnore
  public DateRange dates() {
    return DateRange.of(from, to);
  }

  /**
   * The period as a reader names it: {@code 2 Maret 2026}, {@code Maret 2026} or {@code 2026} in
   * Bahasa Indonesia; {@code 2 March 2026}, {@code March 2026} or {@code 2026} in English.
   *
   * @param locale {@code id} or {@code en}
   * @return the label
   */
  public String label(Locale locale) {
    Locale l = isIndonesian(locale) ? Locale.forLanguageTag("id") : Locale.ENGLISH;
    return switch (granularity) {
      case DAY -> DateTimeFormatter.ofPattern("d MMMM yyyy", l).format(from);
      case MONTH -> DateTimeFormatter.ofPattern("MMMM yyyy", l).format(from);
      case YEAR, UNKNOWN -> String.valueOf(from.getYear());
    };
  }

  static boolean isIndonesian(Locale locale) {
    String language = locale.getLanguage();
    return "id".equals(language) || "in".equals(language);
  }

  @Override
  public String toString() {
    return granularity + " " + dates();
  }
}
