package id.mpp.sdk.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Optional;

/**
 * Base of the identifier constraint validators: {@code null} is valid, otherwise the rules are
 * checked and the violation's template becomes the precise rule broken (for example
 * {@code {npwp.checkDigit}}), so the rule code names what is wrong. The value itself never
 * reaches the message.
 *
 * @param <A> the constraint annotation
 */
public abstract class RuleConstraintValidator<A extends Annotation>
    implements ConstraintValidator<A, CharSequence> {

  /** For subclasses. */
  protected RuleConstraintValidator() {
  }

  /**
   * Checks a non-null candidate.
   *
   * @param value the candidate, not trimmed
   * @return the first rule broken, or empty when valid
   */
  protected abstract Optional<String> check(String value);

  @Override
  public final boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<String> broken = check(value.toString());
    if (broken.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate("{" + broken.get() + "}")
        .addConstraintViolation();
    return false;
  }
}
