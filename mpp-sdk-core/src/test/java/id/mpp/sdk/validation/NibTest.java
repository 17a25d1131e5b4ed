package id.mpp.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MppJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NibTest {

  record BusinessForm(@ValidNib String nib) {
  }

  @Test
  void parse_whenThirteenDigits_keepsThemAndPrintsThem() {
    Nib nib = Nib.parse("9120304872615");
    assertThat(nib.value()).isEqualTo("9120304872615");
    assertThat(nib.toString()).isEqualTo("9120304872615");
  }

  @ParameterizedTest
  @ValueSource(strings = {"912030487261", "91203048726150", "912030487261A", " 9120304872615",
      "9120304872615 ", "９１２０３０４８７２６１５", "٩١٢٠٣٠٤٨٧٢٦١٥", "912030487261\u0000",
      "9120-3048-72615", ""})
  void parse_whenNotThirteenAsciiDigits_refusesWithFormatRule(String text) {
    assertThatThrownBy(() -> Nib.parse(text))
        .isInstanceOfSatisfying(MppValidationException.class, e -> {
          assertThat(e.violations()).extracting(Violation::field, Violation::rule)
              .containsExactly(tuple("nib", "nib.format"));
          assertThat(e.violations().get(0).message())
              .isEqualTo("NIB must be exactly 13 digits (0-9)");
        });
  }

  @Test
  void validNib_whenTooShort_reportsInIndonesian() {
    assertThat(MppValidator.defaults()
        .violations(new BusinessForm("912030487261"), MppValidator.INDONESIAN))
        .extracting(Violation::message)
        .containsExactly("NIB harus terdiri dari tepat 13 digit angka (0-9)");
  }

  @Test
  void validNib_whenValidOrNull_hasNoViolation() {
    assertThat(MppValidator.defaults()
        .violations(new BusinessForm("9120304872615"), MppValidator.ENGLISH)).isEmpty();
    assertThat(MppValidator.defaults()
        .violations(new BusinessForm(null), MppValidator.ENGLISH)).isEmpty();
  }

  @Test
  void json_roundTrip_isThePlainDigitString() {
    Nib nib = Nib.parse("9120304872615");
    assertThat(MppJson.defaults().write(nib)).isEqualTo("\"9120304872615\"");
    assertThat(MppJson.defaults().read("\"9120304872615\"", Nib.class)).isEqualTo(nib);
  }
}
