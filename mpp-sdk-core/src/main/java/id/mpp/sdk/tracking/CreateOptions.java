package id.mpp.sdk.tracking;

import id.mpp.sdk.validation.MppValidator;
import java.util.Locale;
import java.util.Objects;

/**
 * Options of one {@link Tracker#create} call.
 *
 * @param idempotencyKey a key that makes a repeated call (a double click, a retry after a
 *     timeout) return the first call's application instead of opening a second one; 1–200
 *     characters, or {@code null} for none
 * @param locale the language of validation messages
 */
public record CreateOptions(String idempotencyKey, Locale locale) {

  /** Checks the key's length. */
  public CreateOptions {
    if (idempotencyKey != null && (idempotencyKey.isEmpty() || idempotencyKey.length() > 200)) {
      throw new IllegalArgumentException("an idempotency key must be 1-200 characters");
    }
    Objects.requireNonNull(locale, "locale");
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
