package id.mpp.sdk.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.internal.validation.DigitIdentifierRules;
import id.mpp.sdk.internal.validation.IdentifierErrors;
import id.mpp.sdk.internal.validation.IdentifierText;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Nomor kartu BPJS Kesehatan (noka, {@code nopeserta} in the BPJS web services): the 13-digit
 * JKN card number, for example {@code 0001383605256}. Leading zeros matter, so it is kept as a
 * string. No check digit is known; hospital systems and Mobile JKN check 13 digits only.
 *
 * <p>Personal data: {@link #toString()} shows it masked, {@code NomorKartuBpjs[0001*******56]}.
 * In JSON it is the plain digit string.
 *
 * @param value the 13 digits
 */
public record NomorKartuBpjs(String value) {

  /**
   * Checks the value.
   *
   * @param value the candidate
   * @throws MppValidationException naming the rule, never the value
   */
  public NomorKartuBpjs {
    IdentifierErrors.requireValid("nomorKartuBpjs", check(value), MppValidator.ENGLISH);
  }

  /**
   * Parses a card number exactly as given; spaces are not trimmed and refused.
   *
   * @param text the candidate
   * @return the card number
   * @throws MppValidationException naming the broken rule, never the value
   */
  @JsonCreator
  public static NomorKartuBpjs parse(String text) {
    return parse(text, MppValidator.ENGLISH);
  }

  /**
   * Parses a card number with the error message in the caller's locale.
   *
   * @param text the candidate
   * @param locale {@link MppValidator#INDONESIAN} or {@link MppValidator#ENGLISH}
   * @return the card number
   * @throws MppValidationException naming the broken rule, never the value
   */
  public static NomorKartuBpjs parse(String text, Locale locale) {
    Objects.requireNonNull(text, "text");
    IdentifierErrors.requireValid("nomorKartuBpjs", check(text), locale);
    return new NomorKartuBpjs(text);
  }

  /**
   * Whether a text is a BPJS Kesehatan card number.
   *
   * @param text the candidate, may be null
   * @return whether {@link #parse} would accept it
   */
  public static boolean isValid(String text) {
    return check(text).isEmpty();
  }

  private static Optional<String> check(String text) {
    return DigitIdentifierRules.check(text, DigitIdentifierRules.KARTU_BPJS_LENGTH,
        DigitIdentifierRules.KARTU_BPJS_FORMAT);
  }

  /**
   * The full number, also the JSON form; pass it only into an agency request body.
   *
   * @return the 13 digits
   */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /**
   * The masked form for logs and screens: the first four digits, asterisks, the last two.
   *
   * @return for example {@code 0001*******56}
   */
  public String masked() {
    return IdentifierText.mask(value, 4, 2);
  }

  @Override
  public String toString() {
    return "NomorKartuBpjs[" + masked() + "]";
  }
}
