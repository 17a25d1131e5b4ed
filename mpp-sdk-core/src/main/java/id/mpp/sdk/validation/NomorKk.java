package id.mpp.sdk.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.internal.validation.IdentifierErrors;
import id.mpp.sdk.internal.validation.IdentifierText;
import id.mpp.sdk.internal.validation.NikRules;
import id.mpp.sdk.internal.validation.NomorKkRules;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Nomor KK: the 16-digit number of a Kartu Keluarga (family card), laid out as
 * {@code PPRRSS DDMMYY XXXX}: the area code where the card was registered, the date the data was
 * entered (no +40, unlike a {@link Nik}) and a serial from 0001. There is no check digit.
 *
 * <p>A {@code NomorKk} is always structurally valid: 16 ASCII digits, a known province, a real
 * entry date, a serial other than 0000.
 *
 * <p>Personal data: {@link #toString()} shows it masked, {@code NomorKk[3273**********01]}. In
 * JSON it is the plain 16-digit string.
 *
 * @param value the 16 digits
 */
public record NomorKk(String value) {

  /**
   * Checks the value.
   *
   * @param value the candidate
   * @throws MppValidationException naming the rule, never the value
   */
  public NomorKk {
    IdentifierErrors.requireValid("nomorKk", NomorKkRules.check(value), MppValidator.ENGLISH);
  }

  /**
   * Parses a KK number exactly as given; spaces are not trimmed and refused.
   *
   * @param text the candidate
   * @return the KK number
   * @throws MppValidationException naming the broken rule, never the value
   */
  @JsonCreator
  public static NomorKk parse(String text) {
    return parse(text, MppValidator.ENGLISH);
  }

  /**
   * Parses a KK number with the error message in the caller's locale.
   *
   * @param text the candidate
   * @param locale {@link MppValidator#INDONESIAN} or {@link MppValidator#ENGLISH}
   * @return the KK number
   * @throws MppValidationException naming the broken rule, never the value
   */
  public static NomorKk parse(String text, Locale locale) {
    Objects.requireNonNull(text, "text");
    IdentifierErrors.requireValid("nomorKk", NomorKkRules.check(text), locale);
    return new NomorKk(text);
  }

  /**
   * Whether a text is a structurally valid KK number.
   *
   * @param text the candidate, may be null
   * @return whether {@link #parse} would accept it
   */
  public static boolean isValid(String text) {
    return NomorKkRules.check(text).isEmpty();
  }

  /**
   * The full number, also the JSON form.
   *
   * @return the 16 digits
   */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /** @return the two-digit province code of registration, for example {@code 32} */
  public String provinceCode() {
    return value.substring(0, 2);
  }

  /** @return the six-digit area code of registration, for example {@code 327300} */
  public String regionCode() {
    return value.substring(0, 6);
  }

  /**
   * The date the family's data was entered, with the century resolved: the 20YY reading if it is
   * not after {@code today}, otherwise the 19YY reading.
   *
   * @param today the current date in the site's zone (from the injected clock)
   * @return the data-entry date
   */
  public LocalDate entryDate(LocalDate today) {
    return NikRules.resolveCentury(NomorKkRules.candidateEntryDates(value),
        Objects.requireNonNull(today, "today"));
  }

  /**
   * The masked form for logs and screens: the first four digits, ten asterisks, the last two.
   *
   * @return for example {@code 3273**********01}
   */
  public String masked() {
    return IdentifierText.mask(value, 4, 2);
  }

  @Override
  public String toString() {
    return "NomorKk[" + masked() + "]";
  }
}
