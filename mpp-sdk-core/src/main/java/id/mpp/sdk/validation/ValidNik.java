package id.mpp.sdk.validation;

import id.mpp.sdk.internal.validation.NikConstraintValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string is a structurally valid NIK (see {@link Nik}). {@code null} is valid; add
 * {@code @NotNull} where the NIK is required. The violation's rule names what is wrong
 * ({@code nik.format}, {@code nik.province}, {@code nik.birthDate}, {@code nik.serial}).
 */
@Documented
@Constraint(validatedBy = NikConstraintValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidNik {

  /** @return the message template */
  String message() default "{nik.format}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
