package id.mpp.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

class MppValidatorTest {

  record Applicant(@NotBlank String name, @ValidNik String nik,
      @Size(min = 2, max = 5) @Pattern(regexp = "[A-Z]+", message = "${1+1} {regexp}") String code) {
  }

  @Test
  void validate_whenSeveralViolations_reportsAllAtOnce() {
    assertThatThrownBy(() -> MppValidator.defaults().validate(new Applicant(" ", "123", "abcdefg")))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field, Violation::rule)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("code", "Pattern"),
                org.assertj.core.groups.Tuple.tuple("code", "Size"),
                org.assertj.core.groups.Tuple.tuple("name", "NotBlank"),
                org.assertj.core.groups.Tuple.tuple("nik", "nik.format")));
  }

  @Test
  void violations_whenIndonesian_messagesAreIndonesian() {
    List<Violation> violations = MppValidator.defaults()
        .violations(new Applicant("", "3201013102900001", "AB"), MppValidator.INDONESIAN);
    assertThat(violations).extracting(Violation::message)
        .containsExactly("wajib diisi",
            "NIK harus memuat tanggal lahir yang benar (DDMMYY, tanggal +40 untuk perempuan)");
  }

  @Test
  void violations_whenEnglish_sizeParametersInterpolated() {
    List<Violation> violations = MppValidator.defaults()
        .violations(new Applicant("Siti", null, "ABCDEFG"), MppValidator.ENGLISH);
    assertThat(violations).extracting(Violation::message)
        .containsExactly("size must be between 2 and 5");
  }

  @Test
  void violations_whenExpressionInTemplate_staysLiteralAndIsNotEvaluated() {
    List<Violation> violations = MppValidator.defaults()
        .violations(new Applicant("Siti", null, "ab"), MppValidator.ENGLISH);
    assertThat(violations).singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("${1+1} [A-Z]+"));
  }

  @Test
  void violations_whenValueContainsExpression_valueNeverReachesMessage() {
    List<Violation> violations = MppValidator.defaults()
        .violations(new Applicant("${''.getClass()}", "${7*7}", "AB"), MppValidator.ENGLISH);
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.message()).doesNotContain("${7*7}").doesNotContain("49");
      assertThat(v.rule()).isEqualTo("nik.format");
    });
  }

  @Test
  void violations_whenValid_isEmpty() {
    assertThat(MppValidator.defaults()
        .violations(new Applicant("Siti", "3201011708900001", "AB"), MppValidator.ENGLISH))
        .isEmpty();
  }
}
