package id.mpp.sdk.validation;

import id.mpp.sdk.internal.validation.KpjConstraintValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string is a BPJS Ketenagakerjaan KPJ number (see {@link Kpj}): exactly
 * {@link #length()} ASCII digits. {@code null} is valid; add {@code @NotNull} where the number is
 * required. Rule: {@code kpj.format}; its message names the length.
 *
 * <p>UNCONFIRMED: the KPJ length of 11 digits rests on one weak public source and no code that
 * validates it was found. Set {@link #length()} if an agency confirms another length.
 */
@Documented
@Constraint(validatedBy = KpjConstraintValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidKpj {

  /** @return the message template */
  String message() default "{kpj.format}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /**
   * The number of digits; 11 unless the agency says otherwise (UNCONFIRMED, see above).
   *
   * @return the required length, 1 to 32
   */
  int length() default 11;
}
