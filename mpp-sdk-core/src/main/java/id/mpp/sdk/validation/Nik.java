package id.mpp.sdk.validation;

import id.mpp.sdk.MppValidationException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.mpp.sdk.internal.validation.IdentifierErrors;
import id.mpp.sdk.internal.validation.IdentifierText;
import id.mpp.sdk.internal.validation.NikRules;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * NIK (Nomor Induk Kependudukan): the 16-digit population number on every KTP-el, laid out as
 * {@code PP RR SS DDMMYY XXXX} (province, kabupaten/kota and kecamatan of issue; birth date with
 * the day +40 for women; serial).
 *
 * <p>A {@code Nik} is always structurally valid: 16 ASCII digits, a known province, a real birth
 * date in 19YY or 20YY, a serial other than 0000. There is no public check digit.
 *
 * <p>Personal data: {@link #toString()} shows it masked, {@code Nik[3201**********01]}. Only
 * {@link #value()} gives the full number; pass it only into an agency request body. In JSON a
 * {@code Nik} is the plain 16-digit string.
 *
 * @param value the 16 digits
 */
public record Nik(String value) {

  /**
   * Checks the value.
   *
   * @param value the candidate
   * @throws MppValidationException naming the rule, never the value
   */
  public Nik {
    IdentifierErrors.requireValid("nik", NikRules.check(value), MppValidator.ENGLISH);
  }

  /**
   * Parses a NIK as typed by a person; surrounding spaces are not trimmed (a NIK with spaces is
   * refused, as a bad-input test expects).
   *
   * @param text the candidate
   * @return the NIK
   * @throws MppValidationException naming the broken rule, never the value
   */
  @JsonCreator
  public static Nik parse(String text) {
    return new Nik(Objects.requireNonNull(text, "text"));
  }

  /**
   * Parses a NIK with the error message in the caller's locale.
   *
   * @param text the candidate
   * @param locale {@link MppValidator#INDONESIAN} or {@link MppValidator#ENGLISH}
   * @return the NIK
   * @throws MppValidationException naming the broken rule, never the value
   */
  public static Nik parse(String text, Locale locale) {
    IdentifierErrors.requireValid("nik", NikRules.check(text), locale);
    return new Nik(text);
  }

  /**
   * Whether a text is a structurally valid NIK.
   *
   * @param text the candidate, may be null
   * @return whether {@link #parse} would accept it
   */
  public static boolean isValid(String text) {
    return NikRules.check(text).isEmpty();
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

  /** @return the two-digit province code of issue, for example {@code 32} (Jawa Barat) */
  public String provinceCode() {
    return value.substring(0, 2);
  }

  /** @return the six-digit kecamatan code of issue, for example {@code 320101} */
  public String regionCode() {
    return value.substring(0, 6);
  }

  /** @return whether the day field carries the +40 that marks a woman */
  public boolean female() {
    return Integer.parseInt(value.substring(6, 8)) > 40;
  }

  /**
   * The birth date, with the century resolved: the 20YY reading if it is not after
   * {@code today}, otherwise the 19YY reading.
   *
   * @param today the current date in the site's zone (from the injected clock)
   * @return the birth date
   */
  public LocalDate birthDate(LocalDate today) {
    return NikRules.resolveCentury(NikRules.candidateBirthDates(value),
        Objects.requireNonNull(today, "today"));
  }

  /**
   * The masked form for logs and screens: the first four digits (province and kabupaten/kota),
   * ten asterisks, the last two digits.
   *
   * @return for example {@code 3201**********01}
   */
  public String masked() {
    return IdentifierText.mask(value, 4, 2);
  }

  @Override
  public String toString() {
    return "Nik[" + masked() + "]";
  }
}
