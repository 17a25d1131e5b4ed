package id.mpp.sdk.tracking;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.internal.tracking.CheckCharacters;
import id.mpp.sdk.validation.MppValidator;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Nomor registrasi / nomor lacak: the number a citizen reads out over the phone or types into a
 * tracking page to follow an application, for example {@code 3273-260322-00042-K}.
 *
 * <p>Layout: the site code (2–6 characters; the MPP's four-digit Kemendagri kabupaten/kota code is
 * a good choice, with a fifth character where a region runs several sites), the date the
 * application was handed in ({@code yyMMdd}, in the site's zone), a five-digit sequence of that
 * site and day, and one check character. The characters come from an alphabet without look-alikes
 * (no {@code I L O S B Z U}); the check character catches every single mistyped character and
 * every swap of two neighbouring characters.
 *
 * <p>{@link #parse(String)} accepts what people type: any case, spaces and hyphens anywhere, and
 * {@code O}, {@code I} or {@code L} for the digits they look like. {@link #toString()} is the
 * display form with hyphens; {@link #compact()} is the form without separators.
 *
 * @param siteCode the site code, characters of the tracking-number alphabet
 * @param date the day the application was handed in, 2000-01-01 to 2099-12-31
 * @param sequence the number of the application on that day at that site, 1 to 99999
 */
public record TrackingNumber(String siteCode, LocalDate date, int sequence) {

  /** The field name used in violations. */
  private static final String FIELD = "trackingNumber";
  /** Rule: the text does not have the layout of a tracking number. */
  public static final String RULE_FORMAT = "trackingNumber.format";
  /** Rule: the check character does not match (a character was mistyped or two were swapped). */
  public static final String RULE_CHECK = "trackingNumber.checkCharacter";
  /** Rule: the date part is not a real date. */
  public static final String RULE_DATE = "trackingNumber.date";
  /** Rule: the sequence part is 00000. */
  public static final String RULE_SEQUENCE = "trackingNumber.sequence";
  /** Rule: a site code is not 2–6 characters of the alphabet. */
  public static final String RULE_SITE = "trackingNumber.siteCode";

  private static final int MIN_SITE = 2;
  private static final int MAX_SITE = 6;
  private static final int DATE_LENGTH = 6;
  private static final int SEQUENCE_LENGTH = 5;
  private static final int MAX_SEQUENCE = 99_999;
  private static final int MAX_TYPED_LENGTH = 64;
  private static final int MIN_LENGTH = MIN_SITE + DATE_LENGTH + SEQUENCE_LENGTH + 1;
  private static final int MAX_LENGTH = MAX_SITE + DATE_LENGTH + SEQUENCE_LENGTH + 1;

  /**
   * Checks the parts.
   *
   * @throws MppValidationException if the site code, date or sequence is out of range
   */
  public TrackingNumber {
    Objects.requireNonNull(siteCode, "siteCode");
    Objects.requireNonNull(date, "date");
    if (!isSiteCode(siteCode)) {
      throw violation("siteCode", RULE_SITE, MppValidator.ENGLISH);
    }
    if (date.getYear() < 2000 || date.getYear() > 2099) {
      throw violation("date", RULE_DATE, MppValidator.ENGLISH);
    }
    if (sequence < 1 || sequence > MAX_SEQUENCE) {
      throw violation("sequence", RULE_SEQUENCE, MppValidator.ENGLISH);
    }
  }

  /**
   * Creates a tracking number from its parts.
   *
   * @param siteCode the site code, for example {@code 3273}
   * @param date the day in the site's zone
   * @param sequence the day's sequence at the site, 1 to 99999
   * @return the tracking number
   * @throws MppValidationException if a part is out of range
   */
  public static TrackingNumber of(String siteCode, LocalDate date, int sequence) {
    return new TrackingNumber(siteCode, date, sequence);
  }

  /**
   * Whether a text is a valid site code: 2–6 characters of the tracking-number alphabet
   * (digits, and upper-case letters other than {@code I L O S B Z U}).
   *
   * @param siteCode the candidate, may be null
   * @return whether {@link #of} accepts it
   */
  public static boolean isSiteCode(String siteCode) {
    if (siteCode == null || siteCode.length() < MIN_SITE || siteCode.length() > MAX_SITE) {
      return false;
    }
    for (int i = 0; i < siteCode.length(); i++) {
      if (CheckCharacters.valueOf(siteCode.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses a tracking number as a person typed it, with English messages.
   *
   * @param text for example {@code 3273-260322-00042-K} or {@code 3273 260322 00042k}
   * @return the tracking number
   * @throws MppValidationException naming the broken rule, never the text
   */
  @JsonCreator
  public static TrackingNumber parse(String text) {
    return parse(text, MppValidator.ENGLISH);
  }

  /**
   * Parses a tracking number as a person typed it, with messages in the caller's locale.
   *
   * @param text the typed text
   * @param locale {@link MppValidator#INDONESIAN} or {@link MppValidator#ENGLISH}
   * @return the tracking number
   * @throws MppValidationException with rule {@link #RULE_FORMAT}, {@link #RULE_CHECK},
   *     {@link #RULE_DATE} or {@link #RULE_SEQUENCE}; the message never quotes the text
   */
  public static TrackingNumber parse(String text, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String compact = normalize(text);
    if (compact == null) {
      throw violation(FIELD, RULE_FORMAT, locale);
    }
    if (!CheckCharacters.isValid(compact)) {
      throw violation(FIELD, RULE_CHECK, locale);
    }
    int n = compact.length();
    String site = compact.substring(0, n - 1 - SEQUENCE_LENGTH - DATE_LENGTH);
    String yymmdd = compact.substring(site.length(), site.length() + DATE_LENGTH);
    String seq = compact.substring(n - 1 - SEQUENCE_LENGTH, n - 1);
    LocalDate date;
    try {
      date = LocalDate.of(2000 + Integer.parseInt(yymmdd.substring(0, 2)),
          Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
    } catch (DateTimeException e) {
      throw violation(FIELD, RULE_DATE, locale);
    }
    int sequence = Integer.parseInt(seq);
    if (sequence < 1) {
      throw violation(FIELD, RULE_SEQUENCE, locale);
    }
    return new TrackingNumber(site, date, sequence);
  }

  /**
   * Whether a typed text is a valid tracking number.
   *
   * @param text the candidate, may be null
   * @return whether {@link #parse(String)} would accept it
   */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (MppValidationException e) {
      return false;
    }
  }

  /**
   * The check character computed from the site code, date and sequence.
   *
   * @return one character of the tracking-number alphabet
   */
  public char checkCharacter() {
    return CheckCharacters.compute(body());
  }

  /**
   * The number without separators, as stored and compared.
   *
   * @return for example {@code 327326032200042K}
   */
  public String compact() {
    return body() + checkCharacter();
  }

  /**
   * The display form, grouped for reading out: site, date, sequence, check character.
   *
   * @return for example {@code 3273-260322-00042-K}
   */
  @JsonValue
  @Override
  public String toString() {
    String body = body();
    int site = siteCode.length();
    return siteCode + '-' + body.substring(site, site + DATE_LENGTH) + '-'
        + body.substring(site + DATE_LENGTH) + '-' + checkCharacter();
  }

  private String body() {
    return siteCode
        + String.format(Locale.ROOT, "%02d%02d%02d", date.getYear() % 100, date.getMonthValue(),
            date.getDayOfMonth())
        + String.format(Locale.ROOT, "%05d", sequence);
  }

  /**
   * Removes spaces and hyphens, upper-cases, reads O as 0 and I or L as 1, and checks that every
   * character is in the alphabet and the layout fits.
   *
   * @return the compact text, or {@code null} if it cannot be a tracking number
   */
  private static String normalize(String text) {
    if (text == null || text.length() > MAX_TYPED_LENGTH) {
      return null;
    }
    StringBuilder sb = new StringBuilder(MAX_LENGTH);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '-' || c == '\t' || c == '\u00a0' || c == '\u2010' || c == '\u2011'
          || c == '\u2013') {
        continue;
      }
      char u = switch (c) {
        case 'o', 'O' -> '0';
        case 'i', 'I', 'l', 'L' -> '1';
        default -> c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
      };
      if (CheckCharacters.valueOf(u) < 0) {
        return null;
      }
      sb.append(u);
    }
    int n = sb.length();
    if (n < MIN_LENGTH || n > MAX_LENGTH) {
      return null;
    }
    for (int i = n - 1 - SEQUENCE_LENGTH - DATE_LENGTH; i < n - 1; i++) {
      if (sb.charAt(i) > '9') {
        return null;
      }
    }
    return sb.toString();
  }

  private static MppValidationException violation(String field, String rule, Locale locale) {
    return MppValidationException.of(field, rule, MppValidator.message(rule, locale));
  }
}
