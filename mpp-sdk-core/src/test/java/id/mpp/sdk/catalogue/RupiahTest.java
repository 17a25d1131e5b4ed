package id.mpp.sdk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MppJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RupiahTest {

  @Test
  void toSnapAmount_whenWholeRupiah_hasTwoDecimals() {
    assertThat(Rupiah.of(10_000).toSnapAmount()).isEqualTo("10000.00");
  }

  @Test
  void toSnapAmount_whenCents_keepsThem() {
    assertThat(Rupiah.of(new BigDecimal("1500.5")).toSnapAmount()).isEqualTo("1500.50");
  }

  @Test
  void toSnapAmount_whenZero_isZeroWithDecimals() {
    assertThat(Rupiah.ZERO.toSnapAmount()).isEqualTo("0.00");
  }

  @Test
  void parseSnapAmount_whenTwoDecimals_roundTrips() {
    assertThat(Rupiah.parseSnapAmount("10000.00")).isEqualTo(Rupiah.of(10_000));
    assertThat(Rupiah.parseSnapAmount("10000.00").toSnapAmount()).isEqualTo("10000.00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"10000", "10000.0", "10000.000", "-1.00", "1e4", "10.000,00",
      "10,000.00", " 10000.00", "１００.００", "12345678901234567.00", ""})
  void parseSnapAmount_whenNotDigitsWithTwoDecimals_refuses(String text) {
    assertThatThrownBy(() -> Rupiah.parseSnapAmount(text))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule).containsExactly("rupiah.snapFormat"));
  }

  @Test
  void parseSnapAmount_whenNull_refuses() {
    assertThatThrownBy(() -> Rupiah.parseSnapAmount(null))
        .isInstanceOf(MppValidationException.class);
  }

  @Test
  void equals_whenSameAmountOtherScale_isEqualWithSameHash() {
    Rupiah whole = Rupiah.of(30_000);
    Rupiah decimals = Rupiah.of(new BigDecimal("30000.00"));
    assertThat(whole).isEqualTo(decimals);
    assertThat(whole.hashCode()).isEqualTo(decimals.hashCode());
    assertThat(whole.compareTo(decimals)).isZero();
  }

  @Test
  void equals_whenDifferentAmount_isNotEqual() {
    assertThat(Rupiah.of(30_000)).isNotEqualTo(Rupiah.of(new BigDecimal("30000.01")));
  }

  @ParameterizedTest
  @CsvSource({"30000, Rp30.000", "1500.50, 'Rp1.500,50'", "0, Rp0", "1000000, Rp1.000.000",
      "30000.00, Rp30.000", "0.5, 'Rp0,50'"})
  void toString_isWrittenTheIndonesianWay(String amount, String expected) {
    assertThat(Rupiah.of(new BigDecimal(amount)).toString()).isEqualTo(expected);
  }

  @Test
  void constructor_whenNegative_refusesWithNegativeRule() {
    assertThatThrownBy(() -> Rupiah.of(-1))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field, Violation::rule)
            .containsExactly(tuple("amount", "rupiah.negative")));
  }

  @Test
  void constructor_whenThreeDecimals_refusesWithScaleRule() {
    assertThatThrownBy(() -> Rupiah.of(new BigDecimal("1.005")))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule).containsExactly("rupiah.scale"));
  }

  @Test
  void constructor_whenTrailingZerosBeyondTwoDecimals_acceptsTheAmount() {
    assertThat(Rupiah.of(new BigDecimal("30000.000")).toSnapAmount()).isEqualTo("30000.00");
  }

  @Test
  void plus_addsExactly() {
    assertThat(Rupiah.of(new BigDecimal("0.10")).plus(Rupiah.of(new BigDecimal("0.20"))))
        .isEqualTo(Rupiah.of(new BigDecimal("0.30")));
  }

  @Test
  void isZero_onlyForZero() {
    assertThat(Rupiah.ZERO.isZero()).isTrue();
    assertThat(Rupiah.of(new BigDecimal("0.00")).isZero()).isTrue();
    assertThat(Rupiah.of(1).isZero()).isFalse();
  }

  @Test
  void json_roundTrip_isANumberAndEqualAcrossScale() {
    assertThat(MppJson.defaults().write(Rupiah.of(30_000))).isEqualTo("30000");
    assertThat(MppJson.defaults().read("30000.00", Rupiah.class)).isEqualTo(Rupiah.of(30_000));
  }

  @Test
  void json_whenNegative_refusesWithNegativeRule() {
    assertThatThrownBy(() -> MppJson.defaults().read("-5", Rupiah.class))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule).containsExactly("rupiah.negative"));
  }
}
