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
 * NIB (Nomor Induk Berusaha): the 13-digit business identification number issued by OSS, one
 * per business, also serving as TDP, import identity (API) and customs access. It is random
 * digits signed electronically; no check digit is published, so only the form is checked.
 *
 * <p>A business identifier, not personal data: {@link #toString()} is the number. In JSON it is
 * the plain digit string.
 *
 * @param value the 13 digits
 */
public record Nib(String value) {

  /**
   * Checks the value.
   *
   * @param value the candidate
   * @throws MppValidationException naming the rule, never the value
   */
  public Nib {
    IdentifierErrors.requireValid("nib", check(value), MppValidator.ENGLISH);
  }

  /**
   * Parses a NIB exactly as given; spaces are not trimmed and refused.
   *
   * @param text the candidate
   * @return the NIB
   * @throws MppValidationException naming the broken rule, never the value
   */
  @JsonCreator
  public static Nib parse(String text) {
    return parse(text, MppValidator.ENGLISH);
  }

  /**
   * Parses a NIB with the error message in the caller's locale.
   *
   * @param text the candidate
   * @param locale {@link MppValidator#INDONESIAN} or {@link MppValidator#ENGLISH}
   * @return the NIB
   * @throws MppValidationException naming the broken rule, never the value
   */
  public static Nib parse(String text, Locale locale) {
    Objects.requireNonNull(text, "text");
    IdentifierErrors.requireValid("nib", check(text), locale);
    return new Nib(text);
  }

  /**
   * Whether a text is a NIB.
   *
   * @param text the candidate, may be null
   * @return whether {@link #parse} would accept it
   */
  public static boolean isValid(String text) {
    return check(text).isEmpty();
  }

  private static Optional<String> check(String text) {
    return DigitIdentifierRules.check(text, DigitIdentifierRules.NIB_LENGTH,
        DigitIdentifierRules.NIB_FORMAT);
  }

  /**
   * The number, also the JSON form.
   *
   * @return the 13 digits
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
