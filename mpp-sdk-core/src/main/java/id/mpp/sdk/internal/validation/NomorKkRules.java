package id.mpp.sdk.internal.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The structural rules of a Nomor KK (Kartu Keluarga), shared by {@code NomorKk.parse} and the
 * {@code @ValidNomorKk} constraint: {@code PPRRSS DDMMYY XXXX}, an area code, the date the data
 * was entered (no +40, unlike a NIK) and a serial from 0001. There is no check digit. Evidence:
 * perlancar/perl-Business-ID-NKK {@code lib/Business/ID/NKK.pm}.
 */
public final class NomorKkRules {

  /** Rule: exactly 16 ASCII digits. */
  public static final String FORMAT = "nomorKk.format";
  /** Rule: the first two digits are a known province. */
  public static final String PROVINCE = "nomorKk.province";
  /** Rule: the data-entry date DDMMYY is a real date. */
  public static final String ENTRY_DATE = "nomorKk.entryDate";
  /** Rule: the serial is not 0000. */
  public static final String SERIAL = "nomorKk.serial";

  private NomorKkRules() {
  }

  /**
   * Checks a candidate KK number.
   *
   * @param value the candidate, not trimmed, may be null
   * @return the first rule broken, or empty when the value is a structurally valid KK number
   */
  public static Optional<String> check(String value) {
    if (!IdentifierText.isAsciiDigits(value, 16)) {
      return Optional.of(FORMAT);
    }
    if (!NikRules.PROVINCE_CODES.contains(value.substring(0, 2))) {
      return Optional.of(PROVINCE);
    }
    if (candidateEntryDates(value).isEmpty()) {
      return Optional.of(ENTRY_DATE);
    }
    if (value.endsWith("0000")) {
      return Optional.of(SERIAL);
    }
    return Optional.empty();
  }

  /**
   * The data-entry dates the number can stand for, in 20YY and in 19YY (latest first).
   *
   * @param kk a 16-digit KK number
   * @return zero, one or two dates
   */
  public static List<LocalDate> candidateEntryDates(String kk) {
    return NikRules.candidateDates(Integer.parseInt(kk.substring(6, 8)),
        Integer.parseInt(kk.substring(8, 10)), Integer.parseInt(kk.substring(10, 12)));
  }
}
