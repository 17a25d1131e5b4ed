package id.mpp.sdk.internal.queue;

import id.mpp.sdk.MppValidationException;
import java.util.Objects;
import java.util.regex.Pattern;

/** Format checks shared by the queue's identifier types. Not part of the public API. */
public final class IdFormat {

  private static final Pattern WORDS = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  private IdFormat() {
  }

  /**
   * Checks a lower-case id of words joined by hyphens, 2–60 characters.
   *
   * @param value the value
   * @param field the field named in the error
   * @return the value
   * @throws MppValidationException if the format is wrong
   */
  public static String words(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.length() < 2 || value.length() > 60 || !WORDS.matcher(value).matches()) {
      throw MppValidationException.of(field, field + ".format",
          field + " must be 2-60 lower-case letters or digits in words joined by '-'");
    }
    return value;
  }

  /**
   * Checks an opaque token id: letters, digits, {@code _} and {@code -}, 1–64 characters.
   *
   * @param value the value
   * @param field the field named in the error
   * @return the value
   * @throws MppValidationException if the format is wrong
   */
  public static String token(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isEmpty() || value.length() > 64 || !TOKEN.matcher(value).matches()) {
      throw MppValidationException.of(field, field + ".format",
          field + " must be 1-64 letters, digits, '_' or '-'");
    }
    return value;
  }
}
