package id.mpp.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MalformedJsonException;
import id.mpp.sdk.json.MppJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NomorKartuBpjsTest {

  /** The shape of the card numbers in public VClaim sample data: leading zeros. */
  private static final String CARD = "0001383605256";

  record PatientForm(@ValidNomorKartuBpjs String noka) {
  }

  @Test
  void parse_whenLeadingZeros_keepsThemInValueAndJson() {
    NomorKartuBpjs card = NomorKartuBpjs.parse(CARD);
    assertThat(card.value()).isEqualTo(CARD);
    assertThat(MppJson.defaults().write(card)).isEqualTo("\"0001383605256\"");
    assertThat(MppJson.defaults().read("\"0001383605256\"", NomorKartuBpjs.class))
        .isEqualTo(card);
  }

  @Test
  void json_whenWrittenAsNumber_isRefusedAsWrongShape() {
    // a JSON number would have lost the leading zeros; even 13 digits are not taken
    assertThatThrownBy(() -> MppJson.defaults().read("1383605256123", NomorKartuBpjs.class))
        .isInstanceOfSatisfying(MalformedJsonException.class, e -> assertThat(e.reason())
            .isEqualTo(MalformedJsonException.Reason.WRONG_SHAPE));
  }

  @Test
  void toString_masksTheMiddle() {
    NomorKartuBpjs card = NomorKartuBpjs.parse(CARD);
    assertThat(card.toString()).isEqualTo("NomorKartuBpjs[0001*******56]");
    assertThat(card.toString()).doesNotContain("3836052");
  }

  @ParameterizedTest
  @ValueSource(strings = {"000138360525", "00013836052560", "1383605256", "000138360525O",
      " 0001383605256", "0001383605256 ", "０００１３８３６０５２５６", "٠٠٠١٣٨٣٦٠٥٢٥٦",
      "000138360525\u0000", ""})
  void parse_whenNotThirteenAsciiDigits_refusesWithFormatRule(String text) {
    assertThatThrownBy(() -> NomorKartuBpjs.parse(text))
        .isInstanceOfSatisfying(MppValidationException.class, e -> {
          assertThat(e.violations()).extracting(Violation::field, Violation::rule)
              .containsExactly(tuple("nomorKartuBpjs",
                  "nomorKartuBpjs.format"));
          assertThat(e.violations().get(0).message())
              .isEqualTo("BPJS Kesehatan card number must be exactly 13 digits (0-9)");
        });
  }

  @Test
  void validNomorKartuBpjs_whenTooShort_reportsInIndonesian() {
    assertThat(MppValidator.defaults()
        .violations(new PatientForm("1383605256"), MppValidator.INDONESIAN))
        .extracting(Violation::field, Violation::message)
        .containsExactly(tuple("noka",
            "Nomor kartu BPJS Kesehatan harus terdiri dari tepat 13 digit angka (0-9)"));
  }

  @Test
  void validNomorKartuBpjs_whenValid_hasNoViolation() {
    assertThat(MppValidator.defaults()
        .violations(new PatientForm(CARD), MppValidator.ENGLISH)).isEmpty();
  }
}
