package id.mpp.sdk.benchmarks.validation;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.validation.MppValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B2 (reliability.md §8): the SDK validation step ({@link MppValidator#validate}: Hibernate
 * Validator with the SDK's parameter-only id/en interpolator, then the mapping of every
 * violation to {@link Violation} and an {@link MppValidationException}) against a bare cached
 * Hibernate Validator (its own {@link ParameterMessageInterpolator}; no expression language is on
 * the class path) on the same valid or invalid {@link SubmissionForm}. Information: hand-written
 * checks. Negative control: a new {@link ValidatorFactory} per call must cost ≥ 100× the cached
 * validator, which shows the suite would notice an SDK that built one per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ValidationBenchmark {

  /** {@code valid}: no violation; {@code invalid}: four violations. */
  @Param({"valid", "invalid"})
  public String input;

  private SubmissionForm form;
  private ValidatorFactory bareFactory;
  private Validator bare;
  private MppValidator sdk;
  private LocalDate today;

  /** Builds both validators and checks that they agree on the input. */
  @Setup
  public void setUp() {
    form = switch (input) {
      case "valid" -> SubmissionForm.valid();
      case "invalid" -> SubmissionForm.invalid();
      default -> throw new IllegalArgumentException("input must be valid or invalid");
    };
    bareFactory = newFactory();
    bare = bareFactory.getValidator();
    sdk = MppValidator.defaults();
    today = LocalDate.now(Clock.systemUTC());
    int expected = input.equals("valid") ? 0 : 4;
    if (bare.validate(form).size() != expected
        || sdk.violations(form, MppValidator.ENGLISH).size() != expected
        || HandWrittenChecks.check(form, today).size() != expected) {
      throw new IllegalStateException("the validators disagree on the " + input + " input");
    }
  }

  /** Closes the bare factory. */
  @TearDown
  public void tearDown() {
    bareFactory.close();
  }

  private static ValidatorFactory newFactory() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }

  /** @return the violations found by the bare cached validator */
  @Benchmark
  public Set<ConstraintViolation<SubmissionForm>> baselineValidate() {
    return bare.validate(form);
  }

  /** @return the form, or the SDK's exception with every violation */
  @Benchmark
  public Object sdkValidate() {
    try {
      return sdk.validate(form, MppValidator.ENGLISH);
    } catch (MppValidationException e) {
      return e;
    }
  }

  /** @return the SDK's violations without throwing (information) */
  @Benchmark
  public List<Violation> sdkViolations() {
    return sdk.violations(form, MppValidator.ENGLISH);
  }

  /** @return the violations of the hand-written checks (information) */
  @Benchmark
  public List<Violation> handWritten() {
    return HandWrittenChecks.check(form, today);
  }

  /** @return the violations found by a validator of a factory built for this call only */
  @Benchmark
  public Set<ConstraintViolation<SubmissionForm>> controlNewFactoryPerCall() {
    try (ValidatorFactory factory = newFactory()) {
      return factory.getValidator().validate(form);
    }
  }
}
