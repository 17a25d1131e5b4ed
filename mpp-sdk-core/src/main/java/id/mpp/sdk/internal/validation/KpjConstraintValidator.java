package id.mpp.sdk.internal.validation;

import id.mpp.sdk.validation.ValidKpj;
import java.util.Optional;

/** Checks {@link ValidKpj} with the length the constraint declares. */
public final class KpjConstraintValidator extends RuleConstraintValidator<ValidKpj> {

  private int length = DigitIdentifierRules.KPJ_DEFAULT_LENGTH;

  /** Creates the validator (called by Hibernate Validator). */
  public KpjConstraintValidator() {
  }

  @Override
  public void initialize(ValidKpj constraint) {
    length = DigitIdentifierRules.requireKpjLength(constraint.length());
  }

  @Override
  protected Optional<String> check(String value) {
    return DigitIdentifierRules.check(value, length, DigitIdentifierRules.KPJ_FORMAT);
  }
}
