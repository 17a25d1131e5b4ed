package id.mpp.sdk.validation;

import id.mpp.sdk.internal.validation.NomorKkConstraintValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string is a structurally valid Nomor KK (see {@link NomorKk}). {@code null} is
 * valid; add {@code @NotNull} where the number is required. The violation's rule names what is
 * wrong ({@code nomorKk.format}, {@code nomorKk.province}, {@code nomorKk.entryDate},
 * {@code nomorKk.serial}).
 */
@Documented
@Constraint(validatedBy = NomorKkConstraintValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidNomorKk {

  /** @return the message template */
  String message() default "{nomorKk.format}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
