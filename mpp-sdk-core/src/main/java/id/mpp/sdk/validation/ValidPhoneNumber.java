package id.mpp.sdk.validation;

import id.mpp.sdk.internal.validation.PhoneNumberConstraintValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string is an Indonesian phone number (see {@link PhoneNumber}) written as
 * {@code 0812…}, {@code +62812…} or {@code 62812…}, valid by libphonenumber for region
 * {@code ID}. {@code null} is valid; add {@code @NotNull} where the number is required. The
 * violation's rule names what is wrong ({@code phoneNumber.format}, {@code phoneNumber.invalid},
 * {@code phoneNumber.mobile}).
 */
@Documented
@Constraint(validatedBy = PhoneNumberConstraintValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPhoneNumber {

  /** @return the message template */
  String message() default "{phoneNumber.format}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /**
   * Whether the number must be a mobile number, for example to receive SMS or WhatsApp
   * notifications.
   *
   * @return whether only mobile numbers are valid
   */
  boolean mobile() default false;
}
