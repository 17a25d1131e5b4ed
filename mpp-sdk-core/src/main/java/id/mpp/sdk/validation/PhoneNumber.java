package id.mpp.sdk.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.internal.validation.IdentifierErrors;
import id.mpp.sdk.internal.validation.IdentifierText;
import id.mpp.sdk.internal.validation.PhoneNumberRules;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An Indonesian phone number, checked by Google's libphonenumber for region {@code ID} and held
 * in E.164 form ({@code +6281234567890}).
 *
 * <p>Accepted written forms: {@code 081234567890} (national), {@code +6281234567890} and
 * {@code 6281234567890}. Only ASCII digits may follow the prefix: spaces, hyphens, brackets,
 * full-width and Arabic-Indic digits are refused rather than guessed at. Each system wants its
 * own form: {@link #e164()}, {@link #national()} (BPJS Antrean {@code nohp}) and
 * {@link #snapFormat()} (Bank Indonesia SNAP {@code virtualAccountPhone}).
 *
 * <p>Personal data: {@link #toString()} shows it masked, {@code PhoneNumber[+62812******90]}. In
 * JSON it is the E.164 string.
 *
 * @param e164 the number in E.164 form, {@code +62} followed by the number without its 0
 */
public record PhoneNumber(String e164) {

  /**
   * Checks the number and brings any accepted written form to E.164.
   *
   * @param e164 the candidate, in any accepted written form
   * @throws MppValidationException naming the rule, never the value
   */
  public PhoneNumber {
    Optional<String> normalised = PhoneNumberRules.toE164(e164);
    if (normalised.isEmpty()) {
      IdentifierErrors.requireValid("phoneNumber", PhoneNumberRules.check(e164),
          MppValidator.ENGLISH);
    }
    e164 = normalised.orElseThrow();
  }

  /**
   * Parses a phone number written as {@code 0812…}, {@code +62812…} or {@code 62812…}.
   *
   * @param text the candidate
   * @return the phone number
   * @throws MppValidationException naming the broken rule, never the value
   */
  @JsonCreator
  public static PhoneNumber parse(String text) {
    return parse(text, MppValidator.ENGLISH);
  }

  /**
   * Parses a phone number with the error message in the caller's locale.
   *
   * @param text the candidate
   * @param locale {@link MppValidator#INDONESIAN} or {@link MppValidator#ENGLISH}
   * @return the phone number
   * @throws MppValidationException naming the broken rule, never the value
   */
  public static PhoneNumber parse(String text, Locale locale) {
    Objects.requireNonNull(text, "text");
    IdentifierErrors.requireValid("phoneNumber", PhoneNumberRules.check(text), locale);
    return new PhoneNumber(text);
  }

  /**
   * Whether a text is a valid Indonesian phone number in an accepted written form.
   *
   * @param text the candidate, may be null
   * @return whether {@link #parse} would accept it
   */
  public static boolean isValid(String text) {
    return PhoneNumberRules.check(text).isEmpty();
  }

  /**
   * The E.164 form, also the JSON form.
   *
   * @return for example {@code +6281234567890}
   */
  @JsonValue
  @Override
  public String e164() {
    return e164;
  }

  /**
   * The national form with the leading 0 and no separators, as BPJS Antrean's {@code nohp} and
   * most Indonesian forms expect it.
   *
   * @return for example {@code 081234567890}
   */
  public String national() {
    return "0" + PhoneNumberRules.nationalSignificantNumber(e164);
  }

  /**
   * The form Bank Indonesia SNAP uses ({@code virtualAccountPhone}): country code 62 and the
   * number, without {@code +}.
   *
   * @return for example {@code 6281234567890}
   */
  public String snapFormat() {
    return e164.substring(1);
  }

  /** @return whether libphonenumber knows this as a mobile number (not a fixed line) */
  public boolean isMobile() {
    return PhoneNumberRules.isMobile(e164);
  }

  /**
   * The masked form for logs and screens: {@code +62}, the first three digits of the number, then
   * asterisks and the last two digits.
   *
   * @return for example {@code +62812******90}
   */
  public String masked() {
    return IdentifierText.mask(e164, 6, 2);
  }

  @Override
  public String toString() {
    return "PhoneNumber[" + masked() + "]";
  }
}
