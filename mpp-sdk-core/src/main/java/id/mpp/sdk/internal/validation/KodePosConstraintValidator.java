package id.mpp.sdk.internal.validation;

import id.mpp.sdk.validation.ValidKodePos;
import java.util.Optional;

/** Checks {@link ValidKodePos}. */
public final class KodePosConstraintValidator extends RuleConstraintValidator<ValidKodePos> {

  /** Creates the validator (called by Hibernate Validator). */
  public KodePosConstraintValidator() {
  }

  @Override
  protected Optional<String> check(String value) {
    return DigitIdentifierRules.check(value, DigitIdentifierRules.KODE_POS_LENGTH,
        DigitIdentifierRules.KODE_POS_FORMAT);
  }
}
