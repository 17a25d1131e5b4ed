package id.mpp.sdk.benchmarks.validation;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import org.junit.jupiter.api.Test;

class ValidationBenchmarkTest {

  private static ValidationBenchmark benchmark(String input) {
    ValidationBenchmark b = new ValidationBenchmark();
    b.input = input;
    b.setUp();
    return b;
  }

  @Test
  void sdkValidate_whenInvalid_throwsWithTheFourViolationsTheBaselineFinds() {
    ValidationBenchmark b = benchmark("invalid");
    try {
      Object result = b.sdkValidate();

      assertThat(result).isInstanceOf(MppValidationException.class);
      assertThat(((MppValidationException) result).violations())
          .extracting(Violation::field)
          .containsExactly("documents", "name", "nik", "serviceCode");
      assertThat(b.baselineValidate()).hasSize(4);
    } finally {
      b.tearDown();
    }
  }

  @Test
  void sdkValidate_whenValid_returnsTheForm() {
    ValidationBenchmark b = benchmark("valid");
    try {
      assertThat(b.sdkValidate()).isInstanceOf(SubmissionForm.class);
      assertThat(b.baselineValidate()).isEmpty();
      assertThat(b.sdkViolations()).isEmpty();
    } finally {
      b.tearDown();
    }
  }

  @Test
  void handWritten_whenInvalid_findsTheSameFields() {
    ValidationBenchmark b = benchmark("invalid");
    try {
      assertThat(b.handWritten()).extracting(Violation::field)
          .containsExactlyInAnyOrder("documents", "name", "nik", "serviceCode");
    } finally {
      b.tearDown();
    }
  }

  @Test
  void controlNewFactoryPerCall_whenInvalid_findsWhatTheCachedValidatorFinds() {
    ValidationBenchmark b = benchmark("invalid");
    try {
      assertThat(b.controlNewFactoryPerCall()).hasSameSizeAs(b.baselineValidate());
    } finally {
      b.tearDown();
    }
  }
}
