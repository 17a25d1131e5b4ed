package id.mpp.sdk.internal.validation;

import id.mpp.sdk.validation.ValidPhoneNumber;
import java.util.Optional;

/** Checks {@link ValidPhoneNumber}; reports the precise rule broken. */
public final class PhoneNumberConstraintValidator
    extends RuleConstraintValidator<ValidPhoneNumber> {

  private boolean mobile;

  /** Creates the validator (called by Hibernate Validator). */
  public PhoneNumberConstraintValidator() {
  }

  @Override
  public void initialize(ValidPhoneNumber constraint) {
    mobile = constraint.mobile();
  }

  @Override
  protected Optional<String> check(String value) {
    return mobile ? PhoneNumberRules.checkMobile(value) : PhoneNumberRules.check(value);
  }
}
