package id.mpp.sdk.internal.validation;

import id.mpp.sdk.validation.ValidNik;
import java.util.Optional;

/** Checks {@link ValidNik}; reports the precise rule broken. */
public final class NikConstraintValidator extends RuleConstraintValidator<ValidNik> {

  /** Creates the validator (called by Hibernate Validator). */
  public NikConstraintValidator() {
  }

  @Override
  protected Optional<String> check(String value) {
    return NikRules.check(value);
  }
}
