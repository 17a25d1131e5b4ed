package id.mpp.sdk.tracking;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.validation.MppValidator;
import java.util.Locale;
import java.util.Objects;

/**
 * Options of one {@link Tracker#create} call.
 *
 * @param idempotencyKey a key that makes a repeated call (a double click, a retry after a
 *     timeout) return the first call's application instead of opening a second one; 1–255
 *     characters without control characters, or {@code null} for none. A key is kept for the
 *     application's life: a repeat months later still returns the first application
 * @param locale the language of validation messages
 */
public record CreateOptions(String idempotencyKey, Locale locale) {

  /**
   * Checks the key.
   *
   * @throws MppValidationException {@code idempotencyKey} / {@code tracking.key.format} in the
   *     given locale if the key is empty, longer than 255 characters or holds a control character;
   *     the message never repeats the key
   */
  public CreateOptions {
    Objects.requireNonNull(locale, "locale");
    if (idempotencyKey != null && !validKey(idempotencyKey)) {
      throw MppValidationException.of("idempotencyKey", "tracking.key.format",
          MppValidator.message("tracking.key.format", locale));
    }
  }

  private static boolean validKey(String key) {
    if (key.isEmpty() || key.length() > 255) {
      return false;
    }
    return key.chars().noneMatch(Character::isISOControl);
  }

  /** @return no key, English messages */
  public static CreateOptions defaults() {
    return new CreateOptions(null, MppValidator.ENGLISH);
  }

  /**
   * @param key the idempotency key
   * @return a copy with the key
   */
  public CreateOptions withIdempotencyKey(String key) {
    return new CreateOptions(Objects.requireNonNull(key, "key"), locale);
  }

  /**
   * @param messageLocale {@link MppValidator#INDONESIAN} or {@link MppValidator#ENGLISH}
   * @return a copy with the locale
   */
  public CreateOptions withLocale(Locale messageLocale) {
    return new CreateOptions(idempotencyKey, messageLocale);
  }
}
