package id.mpp.sdk.internal.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The structural rules of a NIK (Nomor Induk Kependudukan), shared by {@code Nik.parse} and the
 * {@code @ValidNik} constraint. See docs/domain and python-stdnum's {@code id/nik.py} for the
 * layout {@code PP RR SS DDMMYY XXXX}.
 */
public final class NikRules {

  /**
   * The 38 province codes of Kepmendagri 300.2.2-2138/2025. Codes that changed meaning over time
   * (91 and 94 before the 2022 Papua split) are inside this set, so older NIKs stay valid.
   */
  public static final Set<String> PROVINCE_CODES = Set.of(
      "11", "12", "13", "14", "15", "16", "17", "18", "19",
      "21",
      "31", "32", "33", "34", "35", "36",
      "51", "52", "53",
      "61", "62", "63", "64", "65",
      "71", "72", "73", "74", "75", "76",
      "81", "82",
      "91", "92", "93", "94", "95", "96");

  /** Rule: exactly 16 ASCII digits. */
  public static final String FORMAT = "nik.format";
  /** Rule: the first two digits are a known province. */
  public static final String PROVINCE = "nik.province";
  /** Rule: the birth date (day +40 for women) is a real date. */
  public static final String BIRTH_DATE = "nik.birthDate";
  /** Rule: the serial is not 0000. */
  public static final String SERIAL = "nik.serial";

  private NikRules() {
  }

  /**
   * Checks a candidate NIK.
   *
   * @param value the candidate, not trimmed
   * @return the first rule broken, or empty when the value is a structurally valid NIK
   */
  public static Optional<String> check(String value) {
    if (!isAsciiDigits(value, 16)) {
      return Optional.of(FORMAT);
    }
    if (!PROVINCE_CODES.contains(value.substring(0, 2))) {
      return Optional.of(PROVINCE);
    }
    if (candidateBirthDates(value).isEmpty()) {
      return Optional.of(BIRTH_DATE);
    }
    if (value.endsWith("0000")) {
      return Optional.of(SERIAL);
    }
    return Optional.empty();
  }

  /**
   * Whether the text is exactly {@code length} ASCII digits (no spaces, no full-width or
   * Arabic-Indic digits).
   *
   * @param value the text, may be null
   * @param length the required length
   * @return whether it matches
   */
  public static boolean isAsciiDigits(String value, int length) {
    return IdentifierText.isAsciiDigits(value, length);
  }

  /**
   * The birth dates the NIK can stand for: in 20YY and in 19YY, whichever are real dates (latest
   * first). The day field is reduced by 40 for women.
   *
   * @param nik a 16-digit NIK
   * @return zero, one or two dates, the later century first
   */
  public static List<LocalDate> candidateBirthDates(String nik) {
    int day = Integer.parseInt(nik.substring(6, 8));
    return candidateDates(day > 40 ? day - 40 : day, Integer.parseInt(nik.substring(8, 10)),
        Integer.parseInt(nik.substring(10, 12)));
  }

  /**
   * The dates a two-digit-year date can stand for: in 20YY and in 19YY, whichever are real dates
   * (latest first). Shared by the NIK birth date and the KK data-entry date.
   *
   * @param day the day of month as written
   * @param month the month as written
   * @param yy the two-digit year
   * @return zero, one or two dates, the later century first
   */
  public static List<LocalDate> candidateDates(int day, int month, int yy) {
    if (day < 1 || day > 31 || month < 1 || month > 12) {
      return List.of();
    }
    List<LocalDate> dates = new ArrayList<>(2);
    for (int century : new int[] {2000, 1900}) {
      try {
        dates.add(LocalDate.of(century + yy, month, day));
      } catch (DateTimeException e) {
        // not a real date in this century (29 Feb in a common year)
      }
    }
    return List.copyOf(dates);
  }

  /**
   * Resolves the century of a two-digit-year date: the 20YY reading if it is not after
   * {@code today}, otherwise the 19YY reading.
   *
   * @param candidates the dates from {@link #candidateDates}, not empty
   * @param today the current date in the site's zone
   * @return the resolved date
   */
  public static LocalDate resolveCentury(List<LocalDate> candidates, LocalDate today) {
    for (LocalDate candidate : candidates) {
      if (!candidate.isAfter(today)) {
        return candidate;
      }
    }
    return candidates.get(candidates.size() - 1);
  }
}
