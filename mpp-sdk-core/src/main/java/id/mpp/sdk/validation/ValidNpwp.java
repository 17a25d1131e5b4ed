package id.mpp.sdk.validation;

import id.mpp.sdk.internal.validation.NpwpConstraintValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string is a valid NPWP (see {@link Npwp}): 15 digits, 16 digits or the dotted
 * form {@code XX.XXX.XXX.X-XXX.XXX}, with the Luhn check digit, or a NIK. {@code null} is valid;
 * add {@code @NotNull} where the number is required. The violation's rule names what is wrong
 * ({@code npwp.format}, {@code npwp.checkDigit}, {@code npwp.nik}).
 */
@Documented
@Constraint(validatedBy = NpwpConstraintValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidNpwp {

  /** @return the message template */
  String message() default "{npwp.format}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
