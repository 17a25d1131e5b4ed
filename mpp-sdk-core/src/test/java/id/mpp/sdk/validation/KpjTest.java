package id.mpp.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MppJson;
import jakarta.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KpjTest {

  record WorkerForm(@ValidKpj String kpj) {
  }

  record TwelveDigitWorkerForm(@ValidKpj(length = 12) String kpj) {
  }

  record MisconfiguredForm(@ValidKpj(length = 0) String kpj) {
  }

  @Test
  void parse_whenElevenDigits_isValidByDefault() {
    assertThat(Kpj.parse("12345678901").value()).isEqualTo("12345678901");
    assertThat(Kpj.DEFAULT_LENGTH).isEqualTo(11);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567890", "123456789012", "1234567890A", " 12345678901",
      "１２３４５６７８９０１", "٠١٢٣٤٥٦٧٨٩٠", "1234567890\u0000", ""})
  void parse_whenNotElevenAsciiDigits_refusesNamingTheLength(String text) {
    assertThatThrownBy(() -> Kpj.parse(text))
        .isInstanceOfSatisfying(MppValidationException.class, e -> {
          assertThat(e.violations()).extracting(Violation::field, Violation::rule)
              .containsExactly(tuple("kpj", "kpj.format"));
          assertThat(e.violations().get(0).message())
              .isEqualTo("KPJ number must be exactly 11 digits (0-9)");
        });
  }

  @Test
  void parse_whenAgencyConfirmsTwelveDigits_acceptsTwelveAndRefusesEleven() {
    assertThat(Kpj.parse("123456789012", 12, MppValidator.ENGLISH).value())
        .isEqualTo("123456789012");
    assertThatThrownBy(() -> Kpj.parse("12345678901", 12, MppValidator.INDONESIAN))
        .isInstanceOf(MppValidationException.class)
        .hasMessageContaining("Nomor KPJ harus terdiri dari tepat 12 digit angka (0-9)");
  }

  @Test
  void parse_whenLengthOutOfRange_isAProgrammingError() {
    assertThatThrownBy(() -> Kpj.parse("1", 0, MppValidator.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Kpj.isValid("1", 33)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_whenNotDigits_refusesWithDigitsRule() {
    assertThatThrownBy(() -> new Kpj("12-345"))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule).containsExactly("kpj.digits"));
  }

  @Test
  void validKpj_whenDefaultLength_interpolatesElevenInBothLanguages() {
    assertThat(MppValidator.defaults()
        .violations(new WorkerForm("1234567890"), MppValidator.ENGLISH))
        .extracting(Violation::message)
        .containsExactly("KPJ number must be exactly 11 digits (0-9)");
    assertThat(MppValidator.defaults()
        .violations(new WorkerForm("1234567890"), MppValidator.INDONESIAN))
        .extracting(Violation::message)
        .containsExactly("Nomor KPJ harus terdiri dari tepat 11 digit angka (0-9)");
  }

  @Test
  void validKpj_whenLengthSetToTwelve_checksTwelve() {
    assertThat(MppValidator.defaults()
        .violations(new TwelveDigitWorkerForm("123456789012"), MppValidator.ENGLISH)).isEmpty();
    assertThat(MppValidator.defaults()
        .violations(new TwelveDigitWorkerForm("12345678901"), MppValidator.ENGLISH))
        .extracting(Violation::rule, Violation::message)
        .containsExactly(tuple("kpj.format",
            "KPJ number must be exactly 12 digits (0-9)"));
  }

  @Test
  void validKpj_whenLengthZero_failsLoudly() {
    assertThatThrownBy(() -> MppValidator.defaults()
        .violations(new MisconfiguredForm("1"), MppValidator.ENGLISH))
        .isInstanceOf(ValidationException.class)
        .hasRootCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_masksTheMiddle() {
    Kpj kpj = Kpj.parse("12345678901");
    assertThat(kpj.toString()).isEqualTo("Kpj[12*******01]");
  }

  @Test
  void json_roundTrip_isThePlainDigitString() {
    Kpj kpj = Kpj.parse("02345678901");
    assertThat(MppJson.defaults().write(kpj)).isEqualTo("\"02345678901\"");
    assertThat(MppJson.defaults().read("\"02345678901\"", Kpj.class)).isEqualTo(kpj);
  }
}
