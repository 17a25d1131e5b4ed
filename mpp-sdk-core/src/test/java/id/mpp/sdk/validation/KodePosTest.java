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

class KodePosTest {

  record AddressForm(@ValidKodePos String kodePos) {
  }

  @ParameterizedTest
  @ValueSource(strings = {"10110", "40115", "99976", "01234"})
  void parse_whenFiveDigits_isValidWithoutRegionCheck(String text) {
    assertThat(KodePos.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4011", "401151", "4O115", " 40115", "40115 ", "４０１１５", "٤٠١١٥",
      "4011\u0000", "40-115", ""})
  void parse_whenNotFiveAsciiDigits_refusesWithFormatRule(String text) {
    assertThatThrownBy(() -> KodePos.parse(text))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field, Violation::rule, Violation::message)
            .containsExactly(tuple("kodePos", "kodePos.format",
                "postal code must be exactly 5 digits (0-9)")));
  }

  @Test
  void validKodePos_whenTooLong_reportsInIndonesian() {
    assertThat(MppValidator.defaults()
        .violations(new AddressForm("401151"), MppValidator.INDONESIAN))
        .extracting(Violation::message)
        .containsExactly("Kode pos harus terdiri dari tepat 5 digit angka (0-9)");
  }

  @Test
  void validKodePos_whenValid_hasNoViolation() {
    assertThat(MppValidator.defaults()
        .violations(new AddressForm("40115"), MppValidator.ENGLISH)).isEmpty();
  }

  @Test
  void json_roundTrip_keepsLeadingZero() {
    KodePos kodePos = KodePos.parse("01234");
    assertThat(MppJson.defaults().write(kodePos)).isEqualTo("\"01234\"");
    assertThat(MppJson.defaults().read("\"01234\"", KodePos.class)).isEqualTo(kodePos);
  }
}
