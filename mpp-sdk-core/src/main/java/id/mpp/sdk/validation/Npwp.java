package id.mpp.sdk.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.internal.validation.IdentifierErrors;
import id.mpp.sdk.internal.validation.IdentifierText;
import id.mpp.sdk.internal.validation.NpwpRules;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * NPWP (Nomor Pokok Wajib Pajak): an Indonesian tax number, in either format.
 *
 * <ul>
 *   <li>Old format, 15 digits, printed {@code XX.XXX.XXX.X-XXX.XXX}: taxpayer type, serial,
 *       check digit, tax office (KPP), branch ({@code 000} = head office). The first 9 digits
 *       pass the Luhn check.
 *   <li>New format, 16 digits (since 2024): {@code 0} followed by the old 15 digits (the first 10
 *       digits pass Luhn), or, for an Indonesian individual, the holder's {@link Nik}.
 * </ul>
 *
 * <p>The dotted form is accepted and stored as digits; spaces and other separators are refused.
 * The value keeps the format it was given in: a 15-digit NPWP and its 16-digit form are different
 * values, compare {@link #toSixteenDigits()} to match them.
 *
 * <p>Personal data (a personal NPWP can be a NIK): {@link #toString()} shows it masked,
 * {@code Npwp[0131*********00]}. In JSON it is the plain digit string.
 *
 * @param value the 15 or 16 digits
 */
public record Npwp(String value) {

  /**
   * Checks the value and reduces the dotted form to its digits.
   *
   * @param value the candidate, in any accepted written form
   * @throws MppValidationException naming the rule, never the value
   */
  public Npwp {
    IdentifierErrors.requireValid("npwp", NpwpRules.check(value), MppValidator.ENGLISH);
    value = NpwpRules.normalise(value).orElseThrow();
  }

  /**
   * Parses an NPWP written as 15 digits, 16 digits or {@code XX.XXX.XXX.X-XXX.XXX}.
   *
   * @param text the candidate
   * @return the NPWP
   * @throws MppValidationException naming the broken rule, never the value
   */
  @JsonCreator
  public static Npwp parse(String text) {
    return parse(text, MppValidator.ENGLISH);
  }

  /**
   * Parses an NPWP with the error message in the caller's locale.
   *
   * @param text the candidate
   * @param locale {@link MppValidator#INDONESIAN} or {@link MppValidator#ENGLISH}
   * @return the NPWP
   * @throws MppValidationException naming the broken rule, never the value
   */
  public static Npwp parse(String text, Locale locale) {
    Objects.requireNonNull(text, "text");
    IdentifierErrors.requireValid("npwp", NpwpRules.check(text), locale);
    return new Npwp(text);
  }

  /**
   * Whether a text is a valid NPWP in an accepted written form.
   *
   * @param text the candidate, may be null
   * @return whether {@link #parse} would accept it
   */
  public static boolean isValid(String text) {
    return NpwpRules.check(text).isEmpty();
  }

  /**
   * The digits, also the JSON form.
   *
   * @return 15 or 16 digits, without separators
   */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /** @return whether this is a 16-digit NPWP that is the holder's NIK */
  public boolean isNik() {
    return value.length() == 16 && value.charAt(0) != '0';
  }

  /**
   * The NIK this NPWP is, for an individual registered under the 16-digit format.
   *
   * @return the NIK, or empty when this NPWP is not a NIK
   */
  public Optional<Nik> asNik() {
    return isNik() ? Optional.of(new Nik(value)) : Optional.empty();
  }

  /** @return whether this NPWP is in the 16-digit format */
  public boolean isSixteenDigits() {
    return value.length() == 16;
  }

  /**
   * The 16-digit form: a 15-digit NPWP becomes {@code 0} followed by its 15 digits; a 16-digit
   * NPWP is returned as it is.
   *
   * @return the NPWP in the 16-digit format
   */
  public Npwp toSixteenDigits() {
    return value.length() == 15 ? new Npwp("0" + value) : this;
  }

  /**
   * The printed form. A 15-digit NPWP is written {@code XX.XXX.XXX.X-XXX.XXX}; no separator
   * convention is confirmed for the 16-digit format, so its digits are returned as they are.
   *
   * @return for example {@code 01.312.166.0-091.000}
   */
  public String formatted() {
    if (value.length() == 16) {
      return value;
    }
    return value.substring(0, 2) + '.' + value.substring(2, 5) + '.' + value.substring(5, 8)
        + '.' + value.charAt(8) + '-' + value.substring(9, 12) + '.' + value.substring(12);
  }

  /**
   * The masked form for logs and screens: the first four digits, asterisks, the last two. A NPWP
   * that is a NIK is masked exactly as the {@link Nik}.
   *
   * @return for example {@code 0131*********00}
   */
  public String masked() {
    return IdentifierText.mask(value, 4, 2);
  }

  @Override
  public String toString() {
    return "Npwp[" + masked() + "]";
  }
}
