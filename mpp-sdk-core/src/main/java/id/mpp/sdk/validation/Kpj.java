package id.mpp.sdk.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.internal.validation.DigitIdentifierRules;
import id.mpp.sdk.internal.validation.IdentifierErrors;
import id.mpp.sdk.internal.validation.IdentifierText;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * KPJ (Kartu Peserta Jamsostek): the membership number of BPJS Ketenagakerjaan.
 *
 * <p>UNCONFIRMED: the length. One weak public source says "typically 11 digits" and no code that
 * validates a KPJ was found. {@link #parse(String)} therefore checks the default length
 * {@link #DEFAULT_LENGTH} and {@link #parse(String, int, Locale)} takes the length an agency
 * confirms; the record itself only requires ASCII digits, so a KPJ of a confirmed other length
 * can be held. The {@link ValidKpj} constraint has the same {@code length} setting.
 *
 * <p>Personal data: {@link #toString()} shows it masked, {@code Kpj[12*******89]}. In JSON it is
 * the plain digit string.
 *
 * @param value the digits
 */
public record Kpj(String value) {

  /** The default KPJ length, 11 digits (UNCONFIRMED, see the class description). */
  public static final int DEFAULT_LENGTH = DigitIdentifierRules.KPJ_DEFAULT_LENGTH;

  /**
   * Checks that the value is 1 to 32 ASCII digits (the length is checked by {@link #parse}).
   *
   * @param value the candidate
   * @throws MppValidationException naming the rule, never the value
   */
  public Kpj {
    boolean digits = IdentifierText.isAsciiDigits(value) && value.length() <= 32;
    IdentifierErrors.requireValid("kpj",
        digits ? Optional.empty() : Optional.of(DigitIdentifierRules.KPJ_DIGITS),
        MppValidator.ENGLISH);
  }

  /**
   * Parses a KPJ of the default length, {@value #DEFAULT_LENGTH} digits.
   *
   * @param text the candidate
   * @return the KPJ
   * @throws MppValidationException naming the broken rule, never the value
   */
  @JsonCreator
  public static Kpj parse(String text) {
    return parse(text, DEFAULT_LENGTH, MppValidator.ENGLISH);
  }

  /**
   * Parses a KPJ of a given length with the error message in the caller's locale.
   *
   * @param text the candidate
   * @param length the number of digits the agency uses, 1 to 32
   * @param locale {@link MppValidator#INDONESIAN} or {@link MppValidator#ENGLISH}
   * @return the KPJ
   * @throws MppValidationException naming the broken rule, never the value
   * @throws IllegalArgumentException if {@code length} is not between 1 and 32
   */
  public static Kpj parse(String text, int length, Locale locale) {
    Objects.requireNonNull(text, "text");
    DigitIdentifierRules.requireKpjLength(length);
    IdentifierErrors.requireValid("kpj",
        DigitIdentifierRules.check(text, length, DigitIdentifierRules.KPJ_FORMAT), locale,
        Map.of("length", length));
    return new Kpj(text);
  }

  /**
   * Whether a text is a KPJ of the default length.
   *
   * @param text the candidate, may be null
   * @return whether {@link #parse(String)} would accept it
   */
  public static boolean isValid(String text) {
    return isValid(text, DEFAULT_LENGTH);
  }

  /**
   * Whether a text is a KPJ of a given length.
   *
   * @param text the candidate, may be null
   * @param length the number of digits the agency uses, 1 to 32
   * @return whether {@link #parse(String, int, Locale)} would accept it
   * @throws IllegalArgumentException if {@code length} is not between 1 and 32
   */
  public static boolean isValid(String text, int length) {
    DigitIdentifierRules.requireKpjLength(length);
    return IdentifierText.isAsciiDigits(text, length);
  }

  /**
   * The full number, also the JSON form; pass it only into an agency request body.
   *
   * @return the digits
   */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /**
   * The masked form for logs and screens: the first two digits, asterisks, the last two.
   *
   * @return for example {@code 12*******89}
   */
  public String masked() {
    return IdentifierText.mask(value, 2, 2);
  }

  @Override
  public String toString() {
    return "Kpj[" + masked() + "]";
  }
}
