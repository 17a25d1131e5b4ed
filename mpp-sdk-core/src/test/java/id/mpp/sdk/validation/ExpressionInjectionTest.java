package id.mpp.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.Violation;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reliability test S4 (docs: reliability §10.3; regression test for CVE-2025-35036): a value
 * containing {@code ${…}} or {@code #{…}} that reaches a constraint message appears literally or
 * not at all, and is never evaluated. Every payload, if evaluated, would print {@code 49} or
 * {@code EVALUATED}; neither may appear.
 */
@Tag("reliability")
class ExpressionInjectionTest {

  /** A careless adapter constraint: it writes the rejected value into the message. */
  @Constraint(validatedBy = EchoingValidator.class)
  @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
  @Retention(RetentionPolicy.RUNTIME)
  public @interface Echoing {

    /** @return unused; the validator builds its own template */
    String message() default "refused";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** @return whether the value goes in as a message parameter instead of into the template */
    boolean asParameter() default false;
  }

  /** Validates {@link Echoing}: refuses every non-null value, echoing it. */
  public static final class EchoingValidator implements ConstraintValidator<Echoing, String> {

    private boolean asParameter;

    /** Created by Hibernate Validator. */
    public EchoingValidator() {
    }

    @Override
    public void initialize(Echoing constraint) {
      asParameter = constraint.asParameter();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      if (asParameter) {
        context.unwrap(HibernateConstraintValidatorContext.class)
            .addMessageParameter("input", value)
            .buildConstraintViolationWithTemplate("input was {input}")
            .addConstraintViolation();
      } else {
        // the CVE-2025-35036 pattern: user input concatenated into a message template
        context.buildConstraintViolationWithTemplate("input was " + value)
            .addConstraintViolation();
      }
      return false;
    }
  }

  record AllIdentifiers(@ValidNik String nik, @ValidNomorKk String nomorKk,
      @ValidNpwp String npwp, @ValidNib String nib, @ValidNomorKartuBpjs String noka,
      @ValidKpj String kpj, @ValidPhoneNumber String phone, @ValidKodeWilayah String wilayah,
      @ValidKodePos String kodePos) {
  }

  record EchoIntoTemplate(@Echoing String comment) {
  }

  record EchoAsParameter(@Echoing(asParameter = true) String comment) {
  }

  record ExpressionInMessageAttribute(
      @Pattern(regexp = "[0-9]+", message = "#{7*7} and ${7*7} stay as written") String code) {
  }

  private static List<Violation> violations(Object value) {
    return MppValidator.defaults().violations(value, MppValidator.ENGLISH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"${7*7}", "#{7*7}", "${'EVALU'.concat('ATED')}",
      "#{'EVALU'.concat('ATED')}", "${''.getClass().forName('java.lang.Runtime')}"})
  void identifierConstraints_whenValueIsExpression_messageIsTheFixedRuleText(String payload) {
    List<Violation> found = violations(new AllIdentifiers(payload, payload, payload, payload,
        payload, payload, payload, payload, payload));
    assertThat(found).hasSize(9).allSatisfy(v -> {
      assertThat(v.message()).isEqualTo(MppValidator.message(v.rule(), MppValidator.ENGLISH)
          .replace("{length}", "11"));
      assertThat(v.message()).doesNotContain(payload).doesNotContain("49")
          .doesNotContain("EVALUATED");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"${7*7}", "#{7*7}", "${'EVALU'.concat('ATED')}",
      "#{'EVALU'.concat('ATED')}"})
  void carelessTemplate_whenValueIsExpression_appearsLiterallyNotEvaluated(String payload) {
    assertThat(violations(new EchoIntoTemplate(payload))).singleElement().satisfies(v -> {
      assertThat(v.message()).isEqualTo("input was " + payload);
      assertThat(v.message()).doesNotContain("49").doesNotContain("EVALUATED");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"${7*7}", "#{7*7}", "${'EVALU'.concat('ATED')}",
      "#{'EVALU'.concat('ATED')}"})
  void messageParameter_whenValueIsExpression_appearsLiterallyNotEvaluated(String payload) {
    assertThat(violations(new EchoAsParameter(payload))).singleElement().satisfies(v -> {
      assertThat(v.message()).isEqualTo("input was " + payload);
      assertThat(v.message()).doesNotContain("49").doesNotContain("EVALUATED");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "${7*7}"})
  void messageAttribute_whenItHoldsExpressions_theyStayAsWritten(String value) {
    assertThat(violations(new ExpressionInMessageAttribute(value))).singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("#{7*7} and ${7*7} stay as written"));
  }
}
