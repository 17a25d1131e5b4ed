package id.mpp.sdk.internal.queue;

import id.mpp.sdk.MppValidationException;
import java.util.Objects;

/** Format checks shared by the queue's identifier types. Not part of the public API. */
public final class IdFormat {

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
    if (value.length() < 2 || value.length() > 60 || !isWords(value)) {
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
    if (value.isEmpty() || value.length() > 64 || !isToken(value)) {
      throw MppValidationException.of(field, field + ".format",
          field + " must be 1-64 letters, digits, '_' or '-'");
    }
    return value;
  }

  /** {@code [a-z0-9]+(-[a-z0-9]+)*}, without a regex (ids are checked on every command). */
  private static boolean isWords(String s) {
    boolean previousHyphen = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-') {
        if (previousHyphen) {
          return false;
        }
        previousHyphen = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        previousHyphen = false;
      } else {
        return false;
      }
    }
    return !previousHyphen;
  }

  /** {@code [A-Za-z0-9][A-Za-z0-9_-]*}, without a regex. */
  private static boolean isToken(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }
}
