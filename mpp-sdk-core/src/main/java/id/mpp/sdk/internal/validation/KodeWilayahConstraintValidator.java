package id.mpp.sdk.internal.validation;

import id.mpp.sdk.validation.ValidKodeWilayah;
import java.util.Optional;

/** Checks {@link ValidKodeWilayah}; reports the precise rule broken. */
public final class KodeWilayahConstraintValidator
    extends RuleConstraintValidator<ValidKodeWilayah> {

  /** Creates the validator (called by Hibernate Validator). */
  public KodeWilayahConstraintValidator() {
  }

  @Override
  protected Optional<String> check(String value) {
    return KodeWilayahRules.check(value);
  }
}
