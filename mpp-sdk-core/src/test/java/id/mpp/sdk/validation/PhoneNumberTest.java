package id.mpp.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MppJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  record ContactForm(@ValidPhoneNumber String phone) {
  }

  record SmsForm(@ValidPhoneNumber(mobile = true) String phone) {
  }

  @ParameterizedTest
  @ValueSource(strings = {"081234567890", "+6281234567890", "6281234567890"})
  void parse_whenEveryAcceptedForm_givesTheSameE164(String text) {
    assertThat(PhoneNumber.parse(text).e164()).isEqualTo("+6281234567890");
  }

  @Test
  void parse_whenSnapFormOfAnotherOperator_isValidMobile() {
    PhoneNumber phone = PhoneNumber.parse("6289612345678");
    assertThat(phone.isMobile()).isTrue();
    assertThat(phone.national()).isEqualTo("089612345678");
  }

  @ParameterizedTest(name = "{0} ({1} digits with the 0)")
  @CsvSource({"0812345678, 10", "08123456789, 11", "081234567890, 12", "0812345678901, 13"})
  void parse_whenMobileOfTenToThirteenDigits_isValidMobile(String text, int digits) {
    assertThat(text).hasSize(digits);
    PhoneNumber phone = PhoneNumber.parse(text);
    assertThat(phone.isMobile()).isTrue();
    assertThat(phone.national()).isEqualTo(text);
    assertThat(PhoneNumber.parse("+62" + text.substring(1))).isEqualTo(phone);
  }

  @ParameterizedTest(name = "{0} ({1} digits with the 0)")
  @CsvSource({"08123456, 8", "081234567, 9", "08123456789012, 14"})
  void parse_whenMobileOfEightNineOrFourteenDigits_refusesAsInvalid(String text, int digits) {
    assertThat(text).hasSize(digits);
    for (String form : List.of(text, "+62" + text.substring(1), "62" + text.substring(1))) {
      assertThatThrownBy(() -> PhoneNumber.parse(form)).as(form)
          .isInstanceOfSatisfying(MppValidationException.class, e -> {
            assertThat(e.violations()).singleElement().satisfies(v -> {
              assertThat(v.field()).isEqualTo("phoneNumber");
              assertThat(v.rule()).isEqualTo("phoneNumber.invalid");
            });
            assertThat(e.getMessage()).doesNotContain(form).doesNotContain(text.substring(1));
          });
    }
  }

  @Test
  void parse_whenJakartaFixedLine_isValidButNotMobile() {
    PhoneNumber phone = PhoneNumber.parse("02150821234");
    assertThat(phone.isMobile()).isFalse();
    assertThat(phone.e164()).isEqualTo("+622150821234");
    assertThat(phone.national()).isEqualTo("02150821234");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "0812 3456 7890",      // spaces
      "0812-3456-7890",      // hyphens
      "(021) 50821234",      // brackets
      " 081234567890",       // leading space
      "081234567890 ",       // trailing space
      "０８１２３４５６７８９０", // full-width digits
      "٠٨١٢٣٤٥٦٧٨٩٠",        // Arabic-Indic digits
      "08123456789\u0000",   // a null byte
      "81234567890",         // no 0, 62 or +62
      "+6591234567",         // Singapore
      "+62",                 // the prefix alone
      "",
  })
  void parse_whenNotAnAcceptedForm_refusesWithFormatRule(String text) {
    assertThatThrownBy(() -> PhoneNumber.parse(text))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule).containsExactly("phoneNumber.format"));
  }

  @Test
  void parse_whenThousandDigits_refusesAsInvalidWithoutParsing() {
    assertThat(PhoneNumber.isValid("0" + "8".repeat(1000))).isFalse();
  }

  @Test
  void snapFormat_isCountryCodeWithoutPlus() {
    assertThat(PhoneNumber.parse("081234567890").snapFormat()).isEqualTo("6281234567890");
  }

  @Test
  void toString_masksTheMiddle() {
    PhoneNumber phone = PhoneNumber.parse("081234567890");
    assertThat(phone.toString()).isEqualTo("PhoneNumber[+62812******90]");
    assertThat(phone.toString()).doesNotContain("34567");
  }

  @Test
  void constructor_whenNationalForm_holdsE164() {
    assertThat(new PhoneNumber("081234567890")).isEqualTo(new PhoneNumber("+6281234567890"));
  }

  @Test
  void parse_whenIndonesianLocale_messageIsIndonesian() {
    assertThatThrownBy(() -> PhoneNumber.parse("0812-3456", MppValidator.INDONESIAN))
        .hasMessageContaining("Nomor telepon harus berupa angka (0-9) yang diawali 0, 62 atau +62");
  }

  @Test
  void validPhoneNumber_whenFixedLineAndMobileRequired_reportsMobileRule() {
    assertThat(MppValidator.defaults()
        .violations(new SmsForm("02150821234"), MppValidator.INDONESIAN))
        .singleElement().satisfies(v -> {
          assertThat(v.rule()).isEqualTo("phoneNumber.mobile");
          assertThat(v.message()).isEqualTo("Nomor telepon harus nomor seluler");
        });
  }

  @Test
  void validPhoneNumber_whenFixedLineAndAnyNumberAllowed_hasNoViolation() {
    assertThat(MppValidator.defaults()
        .violations(new ContactForm("02150821234"), MppValidator.ENGLISH)).isEmpty();
  }

  @Test
  void validPhoneNumber_whenTooShort_reportsInvalidInEnglish() {
    assertThat(MppValidator.defaults()
        .violations(new ContactForm("081234567"), MppValidator.ENGLISH))
        .extracting(Violation::field, Violation::rule, Violation::message)
        .containsExactly(tuple("phone", "phoneNumber.invalid",
            "phone number is not a valid Indonesian number"));
  }

  @Test
  void json_roundTrip_isTheE164String() {
    PhoneNumber phone = PhoneNumber.parse("081234567890");
    String json = MppJson.defaults().write(phone);
    assertThat(json).isEqualTo("\"+6281234567890\"");
    assertThat(MppJson.defaults().read("\"081234567890\"", PhoneNumber.class)).isEqualTo(phone);
  }
}
