package id.mpp.sdk.validation;

import id.mpp.sdk.internal.validation.NibConstraintValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string is a NIB (Nomor Induk Berusaha, see {@link Nib}): exactly 13 ASCII
 * digits. {@code null} is valid; add {@code @NotNull} where the number is required. Rule:
 * {@code nib.format}.
 */
@Documented
@Constraint(validatedBy = NibConstraintValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidNib {

  /** @return the message template */
  String message() default "{nib.format}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
