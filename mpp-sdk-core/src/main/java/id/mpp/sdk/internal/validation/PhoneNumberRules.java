package id.mpp.sdk.internal.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/**
 * The rules of an Indonesian phone number, on Google's libphonenumber (region {@code ID}) rather
 * than hand-written prefix tables, which go stale when operators add prefixes. Shared by
 * {@code PhoneNumber.parse} and the {@code @ValidPhoneNumber} constraint.
 *
 * <p>Accepted written forms: {@code 0812…} (national), {@code +62812…} (E.164) and {@code 62812…}
 * (E.164 without {@code +}, as Bank Indonesia SNAP writes it). Only ASCII digits may follow the
 * prefix: spaces, hyphens, full-width or Arabic-Indic digits and control characters are refused
 * before libphonenumber (which would silently normalise some of them) sees the text.
 */
public final class PhoneNumberRules {

  /** Rule: ASCII digits starting with {@code 0}, {@code 62} or {@code +62}. */
  public static final String FORMAT = "phoneNumber.format";
  /** Rule: libphonenumber knows the number as a valid Indonesian number. */
  public static final String INVALID = "phoneNumber.invalid";
  /** Rule: the number is a mobile number (for constraints that require one). */
  public static final String MOBILE = "phoneNumber.mobile";

  /** The region the numbers belong to. */
  public static final String REGION = "ID";

  /** The one shared libphonenumber instance (thread-safe, its metadata loaded once). */
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /** Longer national parts are not looked at: E.164 allows 15 digits in all. */
  private static final int MAX_NATIONAL_DIGITS = 17;

  private PhoneNumberRules() {
  }

  /**
   * Checks a candidate phone number.
   *
   * @param text the candidate, not trimmed, may be null
   * @return the first rule broken, or empty when the text is a valid Indonesian number
   */
  public static Optional<String> check(String text) {
    Optional<String> national = nationalDigits(text);
    if (national.isEmpty()) {
      return Optional.of(FORMAT);
    }
    return parseNational(national.get()).isPresent() ? Optional.empty() : Optional.of(INVALID);
  }

  /**
   * Checks a candidate that must also be a mobile number.
   *
   * @param text the candidate, not trimmed, may be null
   * @return the first rule broken, or empty when the text is a valid Indonesian mobile number
   */
  public static Optional<String> checkMobile(String text) {
    Optional<String> broken = check(text);
    if (broken.isPresent()) {
      return broken;
    }
    return isMobile(toE164(text).orElseThrow()) ? Optional.empty() : Optional.of(MOBILE);
  }

  /**
   * The E.164 form of a candidate.
   *
   * @param text the candidate, may be null
   * @return for example {@code +6281234567890}, or empty when {@link #check} refuses the text
   */
  public static Optional<String> toE164(String text) {
    return nationalDigits(text).flatMap(PhoneNumberRules::parseNational)
        .map(number -> UTIL.format(number, PhoneNumberFormat.E164));
  }

  /**
   * The national significant number of an E.164 Indonesian number: without {@code +62} and
   * without the national prefix 0.
   *
   * @param e164 a valid E.164 number
   * @return for example {@code 81234567890}
   */
  public static String nationalSignificantNumber(String e164) {
    return UTIL.getNationalSignificantNumber(parseE164(e164));
  }

  /**
   * Whether an E.164 Indonesian number is a mobile number.
   *
   * @param e164 a valid E.164 number
   * @return whether libphonenumber types it as mobile
   */
  public static boolean isMobile(String e164) {
    PhoneNumberType type = UTIL.getNumberType(parseE164(e164));
    return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
  }

  private static Phonenumber.PhoneNumber parseE164(String e164) {
    try {
      return UTIL.parse(e164, REGION);
    } catch (NumberParseException e) {
      throw new IllegalArgumentException("not an E.164 number", e);
    }
  }

  /** The digits after the accepted prefix, or empty when the written form is not accepted. */
  private static Optional<String> nationalDigits(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String national;
    if (text.startsWith("+62")) {
      national = text.substring(3);
    } else if (text.startsWith("62")) {
      national = text.substring(2);
    } else if (text.startsWith("0")) {
      national = text.substring(1);
    } else {
      return Optional.empty();
    }
    return IdentifierText.isAsciiDigits(national) ? Optional.of(national) : Optional.empty();
  }

  private static Optional<Phonenumber.PhoneNumber> parseNational(String national) {
    if (national.length() > MAX_NATIONAL_DIGITS) {
      return Optional.empty();
    }
    try {
      Phonenumber.PhoneNumber number = UTIL.parse("+62" + national, REGION);
      return UTIL.isValidNumberForRegion(number, REGION) ? Optional.of(number) : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
