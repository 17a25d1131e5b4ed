package id.mpp.sdk.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MalformedJsonException;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.json.WireDocument;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A versioned set of holidays, as shipped in {@code id/mpp/sdk/time/id-holidays.json} or supplied
 * by a site (for example a newer year published before the next SDK release).
 *
 * <p>{@code years} lists the years the data is complete for: a calendar answers questions about
 * these years only (see {@link MissingYearPolicy}). Every holiday must lie in one of them, and
 * a date appears at most once.
 *
 * <pre>{@code
 * {"apiVersion": "mpp.sdk/v1", "kind": "HolidayData", "version": "2026.1",
 *  "years": [2024, 2025, 2026], "evidence": "...",
 *  "holidays": [{"date": "2025-03-31", "name": "Hari Raya Idul Fitri",
 *                "type": "LIBUR_NASIONAL", "source": "SKB 3 Menteri ..."}]}
 * }</pre>
 *
 * @param version the data version, for example {@code "2026.1"}; a new release of the same years
 *     (a decree was revised) gets a new version
 * @param years the years this data is complete for, ascending, without duplicates
 * @param evidence where the dates come from (may be empty)
 * @param holidays the holidays, ascending by date
 */
public record HolidayData(String version, List<Integer> years, String evidence,
    List<Holiday> holidays) implements WireDocument {

  /** Where the bundled data lives on the class path. */
  public static final String BUNDLED_RESOURCE = "id/mpp/sdk/time/id-holidays.json";

  /** The earliest year a holiday file may cover. */
  static final int MIN_YEAR = 1950;
  /** The latest year a holiday file may cover. */
  static final int MAX_YEAR = 2200;

  /**
   * Checks the data; reports every problem together.
   *
   * @throws MppValidationException if the version is blank, no year is covered, a year repeats or
   *     is out of range, a holiday lies outside the covered years, or a date appears twice
   */
  @JsonCreator
  public HolidayData(@JsonProperty("version") String version,
      @JsonProperty("years") List<Integer> years,
      @JsonProperty("evidence") String evidence,
      @JsonProperty("holidays") List<Holiday> holidays) {
    List<Violation> violations = new ArrayList<>();
    if (version == null || version.isBlank()) {
      violations.add(TimeRules.violation("version", "holidayData.version"));
    }
    List<Integer> yearList = years == null ? List.of() : years;
    if (yearList.isEmpty()) {
      violations.add(TimeRules.violation("years", "holidayData.years"));
    }
    Set<Integer> seenYears = new HashSet<>();
    for (int i = 0; i < yearList.size(); i++) {
      Integer year = yearList.get(i);
      if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
        violations.add(TimeRules.violation("years[" + i + "]", "holidayData.yearRange"));
      } else if (!seenYears.add(year)) {
        violations.add(TimeRules.violation("years[" + i + "]", "holidayData.yearDuplicate"));
      }
    }
    List<Holiday> holidayList = holidays == null ? List.of() : holidays;
    Map<LocalDate, Integer> seenDates = new HashMap<>();
    for (int i = 0; i < holidayList.size(); i++) {
      Holiday holiday = holidayList.get(i);
      if (holiday == null) {
        violations.add(TimeRules.violation("holidays[" + i + "]", "holidayData.holiday"));
        continue;
      }
      if (!seenYears.contains(holiday.date().getYear())) {
        violations.add(TimeRules.violation("holidays[" + i + "].date", "holidayData.dateOutsideYears"));
      }
      Integer first = seenDates.putIfAbsent(holiday.date(), i);
      if (first != null) {
        violations.add(TimeRules.violation("holidays[" + i + "].date", "holidayData.dateDuplicate"));
      }
    }
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
    this.version = version;
    this.years = yearList.stream().sorted().toList();
    this.evidence = evidence == null ? "" : evidence;
    this.holidays = holidayList.stream()
        .sorted(java.util.Comparator.comparing(Holiday::date)).toList();
  }

  /**
   * The holiday data bundled with this SDK version: libur nasional and cuti bersama 2024-2026.
   *
   * @return the bundled data, read once and cached
   */
  public static HolidayData bundled() {
    return Bundled.DATA;
  }

  /**
   * Reads holiday data from a JSON stream (the stream is not closed).
   *
   * @param json the UTF-8 JSON document
   * @return the checked data
   * @throws MalformedJsonException if the document is not well-formed holiday data
   * @throws MppValidationException if the data breaks a rule; every violation is reported
   */
  public static HolidayData read(InputStream json) {
    return MppJson.defaults().read(Objects.requireNonNull(json, "json"), HolidayData.class);
  }

  /**
   * Reads holiday data from JSON text.
   *
   * @param json the JSON document
   * @return the checked data
   * @throws MalformedJsonException if the document is not well-formed holiday data
   * @throws MppValidationException if the data breaks a rule; every violation is reported
   */
  public static HolidayData parse(String json) {
    return MppJson.defaults().read(Objects.requireNonNull(json, "json"), HolidayData.class);
  }

  /**
   * Whether this data covers a year completely.
   *
   * @param year the year
   * @return {@code true} when {@code year} is in {@link #years()}
   */
  public boolean covers(int year) {
    return years.contains(year);
  }

  /**
   * The holidays of one year.
   *
   * @param year the year
   * @return the holidays of that year, ascending by date; empty when none or not covered
   */
  public List<Holiday> holidaysIn(int year) {
    return holidays.stream().filter(h -> h.date().getYear() == year).toList();
  }

  private static final class Bundled {
    static final HolidayData DATA = BundledResource.read(BUNDLED_RESOURCE, HolidayData::read);
  }
}
