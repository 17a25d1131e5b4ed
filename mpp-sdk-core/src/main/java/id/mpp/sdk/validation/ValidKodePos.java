package id.mpp.sdk.validation;

import id.mpp.sdk.internal.validation.KodePosConstraintValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string is a postal code (kode pos, see {@link KodePos}): exactly 5 ASCII digits.
 * {@code null} is valid; add {@code @NotNull} where the code is required. Rule:
 * {@code kodePos.format}.
 */
@Documented
@Constraint(validatedBy = KodePosConstraintValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidKodePos {

  /** @return the message template */
  String message() default "{kodePos.format}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
