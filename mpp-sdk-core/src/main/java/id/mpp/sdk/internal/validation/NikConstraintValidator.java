package id.mpp.sdk.internal.validation;

import id.mpp.sdk.validation.ValidNik;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link ValidNik}; reports the precise rule broken. */
public final class NikConstraintValidator implements ConstraintValidator<ValidNik, CharSequence> {

  /** Creates the validator (called by Hibernate Validator). */
  public NikConstraintValidator() {
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<String> broken = NikRules.check(value.toString());
    if (broken.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate("{" + broken.get() + "}")
        .addConstraintViolation();
    return false;
  }
}
