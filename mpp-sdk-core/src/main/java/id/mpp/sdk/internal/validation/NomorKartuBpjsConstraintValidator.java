package id.mpp.sdk.internal.validation;

import id.mpp.sdk.validation.ValidNomorKartuBpjs;
import java.util.Optional;

/** Checks {@link ValidNomorKartuBpjs}. */
public final class NomorKartuBpjsConstraintValidator extends RuleConstraintValidator<ValidNomorKartuBpjs> {

  /** Creates the validator (called by Hibernate Validator). */
  public NomorKartuBpjsConstraintValidator() {
  }

  @Override
  protected Optional<String> check(String value) {
    return DigitIdentifierRules.check(value, DigitIdentifierRules.KARTU_BPJS_LENGTH,
        DigitIdentifierRules.KARTU_BPJS_FORMAT);
  }
}
