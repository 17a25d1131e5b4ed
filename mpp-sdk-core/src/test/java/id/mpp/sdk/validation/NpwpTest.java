package id.mpp.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MppJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NpwpTest {

  /** Published examples of python-stdnum's {@code stdnum/id/npwp.py}. */
  private static final String STDNUM_DOTTED = "01.312.166.0-091.000";
  private static final String STDNUM_DIGITS = "013121660091000";
  private static final String STDNUM_OTHER = "016090524017000";

  record TaxpayerForm(@ValidNpwp String npwp) {
  }

  /**
   * The Luhn check digit, computed independently of the SDK: the digit that makes the payload
   * followed by it a multiple of 10 under the doubling table.
   */
  private static char luhnCheckDigit(String payload) {
    int[] doubled = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};
    int sum = 0;
    // the check digit will sit on the right, so the payload's last digit is doubled
    for (int i = 0; i < payload.length(); i++) {
      int digit = payload.charAt(payload.length() - 1 - i) - '0';
      sum += i % 2 == 0 ? doubled[digit] : digit;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  private static String fifteenDigits(String typeAndSerial, String kppAndBranch) {
    return typeAndSerial + luhnCheckDigit(typeAndSerial) + kppAndBranch;
  }

  private static String wrongCheckDigit(String fifteen) {
    char wrong = (char) ('0' + (fifteen.charAt(8) - '0' + 1) % 10);
    return fifteen.substring(0, 8) + wrong + fifteen.substring(9);
  }

  @Test
  void luhnCheckDigit_ofPublishedExamples_matchesTheirCheckDigit() {
    assertThat(fifteenDigits("01312166", "091000")).isEqualTo(STDNUM_DIGITS);
    assertThat(fifteenDigits("01609052", "017000")).isEqualTo(STDNUM_OTHER);
  }

  @Test
  void parse_whenPublishedDottedExample_isNormalisedToDigits() {
    Npwp npwp = Npwp.parse(STDNUM_DOTTED);
    assertThat(npwp.value()).isEqualTo(STDNUM_DIGITS);
    assertThat(npwp.isSixteenDigits()).isFalse();
    assertThat(npwp.isNik()).isFalse();
  }

  @Test
  void parse_whenPublishedFifteenDigits_isValid() {
    assertThat(Npwp.isValid(STDNUM_OTHER)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"02456328, 403000", "21987654, 017000", "31000001, 609001", "80123456, 441000"})
  void parse_whenComputedCheckDigit_isValidInEveryForm(String typeAndSerial, String kppBranch) {
    String fifteen = fifteenDigits(typeAndSerial, kppBranch);
    Npwp npwp = Npwp.parse(fifteen);
    assertThat(Npwp.parse(npwp.formatted())).isEqualTo(npwp);
    assertThat(Npwp.parse("0" + fifteen).value()).isEqualTo("0" + fifteen);
  }

  @ParameterizedTest
  @CsvSource({"02456328, 403000", "21987654, 017000", "01312166, 091000"})
  void parse_whenWrongCheckDigit_refusesInEveryForm(String typeAndSerial, String kppBranch) {
    String bad = wrongCheckDigit(fifteenDigits(typeAndSerial, kppBranch));
    String dotted = bad.substring(0, 2) + "." + bad.substring(2, 5) + "." + bad.substring(5, 8)
        + "." + bad.charAt(8) + "-" + bad.substring(9, 12) + "." + bad.substring(12);
    for (String text : List.of(bad, dotted, "0" + bad)) {
      assertThatThrownBy(() -> Npwp.parse(text)).as(text)
          .isInstanceOfSatisfying(MppValidationException.class, e -> {
            assertThat(e.violations()).singleElement().satisfies(v -> {
              assertThat(v.field()).isEqualTo("npwp");
              assertThat(v.rule()).isEqualTo("npwp.checkDigit");
            });
            assertThat(e.getMessage()).doesNotContain(bad).doesNotContain(dotted);
          });
    }
  }

  @Test
  void parse_whenSixteenDigitsAreANik_isValidAndConvertsToNik() {
    Npwp npwp = Npwp.parse("3201011708900001");
    assertThat(npwp.isNik()).isTrue();
    assertThat(npwp.asNik()).contains(Nik.parse("3201011708900001"));
    assertThat(npwp.isSixteenDigits()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "3201013102900001", // 31 February
      "9901011708900001", // unknown province
      "3201011708900000", // serial 0000
  })
  void parse_whenSixteenDigitsNotStartingWithZeroAreNoNik_refusesAsNik(String text) {
    assertThatThrownBy(() -> Npwp.parse(text))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule).containsExactly("npwp.nik"));
  }

  @Test
  void parse_whenSixteenDigitsStartWithZero_luhnRunsOverFirstTen() {
    assertThat(Npwp.isValid("0" + STDNUM_DIGITS)).isTrue();
    assertThat(Npwp.parse("0" + STDNUM_DIGITS).isNik()).isFalse();
    assertThat(Npwp.parse("0" + STDNUM_DIGITS).asNik()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "01312166009100",        // 14 digits
      "01313121660091000",     // 17 digits
      "01.312.166.0.091.000",  // dot where the dash belongs
      "01.312.166.0-091000",   // dot missing
      "0.1312.166.0-091.000",  // separators in the wrong places
      "01 312 166 0 091 000",  // spaces
      " 013121660091000",      // leading space
      "013121660091000 ",      // trailing space
      "01312166A091000",       // a letter
      "０１３１２１６６００９１０００", // full-width digits
      "٠١٣١٢١٦٦٠٠٩١٠٠٠",       // Arabic-Indic digits
      "01312166009100\u0000",  // a null byte
      "",
  })
  void parse_whenNotAnAcceptedForm_refusesWithFormatRule(String text) {
    assertThatThrownBy(() -> Npwp.parse(text))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule).containsExactly("npwp.format"));
  }

  @Test
  void toSixteenDigits_whenFifteen_prefixesZeroAndStaysValid() {
    Npwp sixteen = Npwp.parse(STDNUM_DOTTED).toSixteenDigits();
    assertThat(sixteen.value()).isEqualTo("0" + STDNUM_DIGITS);
    assertThat(sixteen.isSixteenDigits()).isTrue();
    assertThat(sixteen.toSixteenDigits()).isSameAs(sixteen);
  }

  @Test
  void formatted_whenFifteen_isDottedForm() {
    assertThat(Npwp.parse(STDNUM_DIGITS).formatted()).isEqualTo(STDNUM_DOTTED);
  }

  @Test
  void formatted_whenSixteen_isTheDigits() {
    assertThat(Npwp.parse("0" + STDNUM_DIGITS).formatted()).isEqualTo("0" + STDNUM_DIGITS);
  }

  @Test
  void toString_whenNik_masksLikeTheNik() {
    Npwp npwp = Npwp.parse("3201011708900001");
    assertThat(npwp.toString()).isEqualTo("Npwp[3201**********01]");
    assertThat(npwp.masked()).isEqualTo(Nik.parse("3201011708900001").masked());
  }

  @Test
  void toString_whenFifteen_isMasked() {
    assertThat(Npwp.parse(STDNUM_DOTTED).toString())
        .isEqualTo("Npwp[0131*********00]")
        .doesNotContain(STDNUM_DIGITS);
  }

  @Test
  void constructor_whenDotted_storesDigits() {
    assertThat(new Npwp(STDNUM_DOTTED)).isEqualTo(new Npwp(STDNUM_DIGITS));
  }

  @Test
  void validNpwp_whenDottedWithWrongCheckDigit_reportsCheckDigitInIndonesian() {
    List<Violation> violations = MppValidator.defaults()
        .violations(new TaxpayerForm("01.312.166.1-091.000"), MppValidator.INDONESIAN);
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("npwp");
      assertThat(v.rule()).isEqualTo("npwp.checkDigit");
      assertThat(v.message()).isEqualTo("Digit pemeriksa NPWP salah");
    });
  }

  @Test
  void validNpwp_whenAllAcceptedForms_hasNoViolation() {
    for (String text : List.of(STDNUM_DOTTED, STDNUM_DIGITS, "0" + STDNUM_DIGITS,
        "3201011708900001")) {
      assertThat(MppValidator.defaults().violations(new TaxpayerForm(text), MppValidator.ENGLISH))
          .as(text).isEmpty();
    }
  }

  @Test
  void validNpwp_whenNotANik_reportsNpwpNikInEnglish() {
    assertThat(MppValidator.defaults()
        .violations(new TaxpayerForm("3201013102900001"), MppValidator.ENGLISH))
        .extracting(Violation::message)
        .containsExactly("a 16-digit NPWP that does not start with 0 must be a valid NIK");
  }

  @Test
  void json_roundTrip_isThePlainDigitString() {
    Npwp npwp = Npwp.parse(STDNUM_DOTTED);
    String json = MppJson.defaults().write(npwp);
    assertThat(json).isEqualTo("\"" + STDNUM_DIGITS + "\"");
    assertThat(MppJson.defaults().read(json, Npwp.class)).isEqualTo(npwp);
  }
}
