package id.mpp.sdk.time;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.validation.MppValidator;

/**
 * Violations of the time package's rules, with messages from {@code ValidationMessages} (English
 * here; {@code MppValidator.message(rule, MppValidator.INDONESIAN)} gives the Indonesian text).
 */
final class TimeRules {

  private TimeRules() {
  }

  static Violation violation(String field, String rule) {
    return new Violation(field, rule, MppValidator.message(rule, MppValidator.ENGLISH));
  }

  static MppValidationException invalid(String field, String rule) {
    return MppValidationException.of(field, rule, MppValidator.message(rule, MppValidator.ENGLISH));
  }
}
