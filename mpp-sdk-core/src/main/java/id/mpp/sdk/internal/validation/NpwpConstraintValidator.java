package id.mpp.sdk.internal.validation;

import id.mpp.sdk.validation.ValidNpwp;
import java.util.Optional;

/** Checks {@link ValidNpwp}; reports the precise rule broken. */
public final class NpwpConstraintValidator extends RuleConstraintValidator<ValidNpwp> {

  /** Creates the validator (called by Hibernate Validator). */
  public NpwpConstraintValidator() {
  }

  @Override
  protected Optional<String> check(String value) {
    return NpwpRules.check(value);
  }
}
