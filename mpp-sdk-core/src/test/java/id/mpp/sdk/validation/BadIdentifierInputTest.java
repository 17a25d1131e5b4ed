package id.mpp.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.testing.LogCapture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reliability test S3 (docs: reliability §10.3): a bad NIK is refused by validation and the NIK
 * never appears in error text or log output. Each input is refused through every path the SDK
 * offers (the value type, the Jakarta constraint, a JSON document), the errors are logged the way
 * a hub logs them (through {@code System.Logger}, with the exception), and the captured output is
 * scanned for the raw value and for its digits in ASCII.
 */
@Tag("reliability")
class BadIdentifierInputTest {

  private static final System.Logger LOG = System.getLogger(BadIdentifierInputTest.class.getName());

  record ApplicantForm(@ValidNik String nik) {
  }

  record ApplicantDocument(Nik nik) {
  }

  static Stream<Arguments> badNiks() {
    return Stream.of(
        Arguments.of("15 digits", "320101170890000"),
        Arguments.of("17 digits", "32010117089000012"),
        Arguments.of("a letter O for a zero", "32010117O8900001"),
        Arguments.of("letters only", "ABCDEFGHIJKLMNOP"),
        Arguments.of("Arabic-Indic digits", "٣٢٠١٠١١٧٠٨٩٠٠٠٠١"),
        Arguments.of("Extended Arabic-Indic digits", "۳۲۰۱۰۱۱۷۰۸۹۰۰۰۰۱"),
        Arguments.of("full-width digits", "３２０１０１１７０８９０００１"),
        Arguments.of("leading space", " 3201011708900001"),
        Arguments.of("trailing space", "3201011708900001 "),
        Arguments.of("trailing null byte", "3201011708900001\u0000"),
        Arguments.of("null byte inside", "32010117\u000008900001"));
  }

  /**
   * The value with every Unicode digit read as ASCII and everything else dropped, so a value that
   * something normalised before echoing it is found too.
   */
  private static String asciiDigits(String value) {
    StringBuilder sb = new StringBuilder();
    value.codePoints().filter(Character::isDigit)
        .forEach(cp -> sb.append((char) ('0' + Character.digit(cp, 10))));
    return sb.toString();
  }

  private static String fullText(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return e + "\n" + trace;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badNiks")
  void badNik_throughEveryPath_isRefusedAsFormat(String what, String nik) {
    assertThatThrownBy(() -> Nik.parse(nik))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule).containsExactly("nik.format"));
    assertThat(Nik.isValid(nik)).isFalse();
    assertThat(MppValidator.defaults().violations(new ApplicantForm(nik), MppValidator.ENGLISH))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("nik", "nik.format"));
    String json = MppJson.defaults().write(Map.of("nik", nik));
    assertThatThrownBy(() -> MppJson.defaults().read(json, ApplicantDocument.class))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field, Violation::rule)
            .containsExactly(tuple("nik", "nik.format")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badNiks")
  void badNik_errorsAndLogs_neverContainTheValue(String what, String nik) {
    List<Throwable> errors = new ArrayList<>();
    String logged;
    try (LogCapture log = LogCapture.start()) {
      for (var locale : List.of(MppValidator.ENGLISH, MppValidator.INDONESIAN)) {
        try {
          Nik.parse(nik, locale);
        } catch (MppValidationException e) {
          errors.add(e);
        }
        try {
          MppValidator.defaults().validate(new ApplicantForm(nik), locale);
        } catch (MppValidationException e) {
          errors.add(e);
        }
      }
      try {
        MppJson.defaults().read(MppJson.defaults().write(Map.of("nik", nik)),
            ApplicantDocument.class);
      } catch (MppValidationException e) {
        errors.add(e);
      }
      for (Throwable e : errors) {
        LOG.log(System.Logger.Level.WARNING, "application refused", e);
        LOG.log(System.Logger.Level.INFO, "violations: {0}",
            ((MppValidationException) e).violations());
      }
      logged = log.text();
    }
    assertThat(errors).hasSize(5);
    assertThat(logged).contains("application refused").contains("nik.format");
    String digits = asciiDigits(nik);
    StringBuilder everything = new StringBuilder(logged);
    errors.forEach(e -> everything.append(fullText(e)));
    assertThat(everything.toString()).doesNotContain(nik).doesNotContain(nik.strip());
    if (digits.length() >= 15) {
      assertThat(everything.toString()).doesNotContain(digits);
    }
  }

  @Test
  void validNik_loggedAsValue_showsOnlyTheMaskedForm() {
    Nik nik = Nik.parse("3201011708900001");
    String logged;
    try (LogCapture log = LogCapture.start()) {
      LOG.log(System.Logger.Level.INFO, "applicant {0} checked in", nik);
      logged = log.text();
    }
    assertThat(logged).contains("Nik[3201**********01]").doesNotContain("3201011708900001");
  }

  @Test
  void badIdentifiersOfEveryKind_errorsNeverContainTheValue() {
    record Case(String value, Runnable parse) {
    }
    List<Case> cases = List.of(
        new Case("317405120315007", () -> NomorKk.parse("317405120315007")),
        new Case("01.312.166.1-091.000", () -> Npwp.parse("01.312.166.1-091.000")),
        new Case("3201013102900001", () -> Npwp.parse("3201013102900001")),
        new Case("912030487261", () -> Nib.parse("912030487261")),
        new Case("000138360525", () -> NomorKartuBpjs.parse("000138360525")),
        new Case("1234567890", () -> Kpj.parse("1234567890")),
        new Case("081234567", () -> PhoneNumber.parse("081234567")),
        new Case("+62 812 3456 7890", () -> PhoneNumber.parse("+62 812 3456 7890")),
        new Case("99.01.01.2001", () -> KodeWilayah.parse("99.01.01.2001")),
        new Case("401151", () -> KodePos.parse("401151")));
    for (Case c : cases) {
      assertThatThrownBy(c.parse::run).as(c.value)
          .isInstanceOf(MppValidationException.class)
          .satisfies(e -> assertThat(fullText(e)).doesNotContain(c.value));
    }
  }
}
