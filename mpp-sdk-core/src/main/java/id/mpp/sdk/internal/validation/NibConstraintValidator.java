package id.mpp.sdk.internal.validation;

import id.mpp.sdk.validation.ValidNib;
import java.util.Optional;

/** Checks {@link ValidNib}. */
public final class NibConstraintValidator extends RuleConstraintValidator<ValidNib> {

  /** Creates the validator (called by Hibernate Validator). */
  public NibConstraintValidator() {
  }

  @Override
  protected Optional<String> check(String value) {
    return DigitIdentifierRules.check(value, DigitIdentifierRules.NIB_LENGTH,
        DigitIdentifierRules.NIB_FORMAT);
  }
}
