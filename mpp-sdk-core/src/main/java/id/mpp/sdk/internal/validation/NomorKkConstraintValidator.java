package id.mpp.sdk.internal.validation;

import id.mpp.sdk.validation.ValidNomorKk;
import java.util.Optional;

/** Checks {@link ValidNomorKk}; reports the precise rule broken. */
public final class NomorKkConstraintValidator extends RuleConstraintValidator<ValidNomorKk> {

  /** Creates the validator (called by Hibernate Validator). */
  public NomorKkConstraintValidator() {
  }

  @Override
  protected Optional<String> check(String value) {
    return NomorKkRules.check(value);
  }
}
