package id.mpp.sdk.validation;

import id.mpp.sdk.internal.validation.KodeWilayahConstraintValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string is a Kemendagri region code (see {@link KodeWilayah}): 2, 4, 6 or 10
 * digits, plain or dotted ({@code 32.01.01.2001}). {@code null} is valid; add {@code @NotNull}
 * where the code is required. The violation's rule names what is wrong
 * ({@code kodeWilayah.format}, {@code kodeWilayah.province}, {@code kodeWilayah.kabupatenKota},
 * {@code kodeWilayah.desaKelurahan}).
 */
@Documented
@Constraint(validatedBy = KodeWilayahConstraintValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidKodeWilayah {

  /** @return the message template */
  String message() default "{kodeWilayah.format}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
