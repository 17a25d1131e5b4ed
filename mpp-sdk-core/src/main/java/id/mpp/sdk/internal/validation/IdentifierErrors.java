package id.mpp.sdk.internal.validation;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.validation.MppValidator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a broken identifier rule into the {@link MppValidationException} the value types throw:
 * the field, the rule code and the message in the caller's locale, never the rejected value.
 */
public final class IdentifierErrors {

  private IdentifierErrors() {
  }

  /**
   * Throws when a rule is broken.
   *
   * @param field the field the value type names itself with, for example {@code npwp}
   * @param broken the broken rule, or empty
   * @param locale the locale of the message
   * @throws MppValidationException if {@code broken} is present
   */
  public static void requireValid(String field, Optional<String> broken, Locale locale) {
    requireValid(field, broken, locale, Map.of());
  }

  /**
   * Throws when a rule is broken, filling the message's {@code {name}} parameters.
   *
   * @param field the field the value type names itself with
   * @param broken the broken rule, or empty
   * @param locale the locale of the message
   * @param parameters message parameters such as {@code length}; never the rejected value
   * @throws MppValidationException if {@code broken} is present
   */
  public static void requireValid(String field, Optional<String> broken, Locale locale,
      Map<String, ?> parameters) {
    if (broken.isEmpty()) {
      return;
    }
    String message = MppValidator.message(broken.get(), locale);
    for (Map.Entry<String, ?> parameter : parameters.entrySet()) {
      message = message.replace("{" + parameter.getKey() + "}",
          String.valueOf(parameter.getValue()));
    }
    throw MppValidationException.of(field, broken.get(), message);
  }
}
