package id.mpp.sdk.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.internal.validation.DigitIdentifierRules;
import id.mpp.sdk.internal.validation.IdentifierErrors;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Kode pos: an Indonesian postal code, 5 ASCII digits. Only the form is checked; no mapping of
 * the first digit to a region is confirmed, so none is applied.
 *
 * <p>{@link #toString()} is the code. In JSON it is the plain digit string (leading zeros kept).
 *
 * @param value the 5 digits
 */
public record KodePos(String value) {

  /**
   * Checks the value.
   *
   * @param value the candidate
   * @throws MppValidationException naming the rule, never the value
   */
  public KodePos {
    IdentifierErrors.requireValid("kodePos", check(value), MppValidator.ENGLISH);
  }

  /**
   * Parses a postal code exactly as given; spaces are not trimmed and refused.
   *
   * @param text the candidate
   * @return the postal code
   * @throws MppValidationException naming the broken rule, never the value
   */
  @JsonCreator
  public static KodePos parse(String text) {
    return parse(text, MppValidator.ENGLISH);
  }

  /**
   * Parses a postal code with the error message in the caller's locale.
   *
   * @param text the candidate
   * @param locale {@link MppValidator#INDONESIAN} or {@link MppValidator#ENGLISH}
   * @return the postal code
   * @throws MppValidationException naming the broken rule, never the value
   */
  public static KodePos parse(String text, Locale locale) {
    Objects.requireNonNull(text, "text");
    IdentifierErrors.requireValid("kodePos", check(text), locale);
    return new KodePos(text);
  }

  /**
   * Whether a text is a postal code.
   *
   * @param text the candidate, may be null
   * @return whether {@link #parse} would accept it
   */
  public static boolean isValid(String text) {
    return check(text).isEmpty();
  }

  private static Optional<String> check(String text) {
    return DigitIdentifierRules.check(text, DigitIdentifierRules.KODE_POS_LENGTH,
        DigitIdentifierRules.KODE_POS_FORMAT);
  }

  /**
   * The code, also the JSON form.
   *
   * @return the 5 digits
   */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
