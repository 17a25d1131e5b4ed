package id.mpp.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.validation.KodeWilayah.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KodeWilayahTest {

  record AddressForm(@ValidKodeWilayah String kodeWilayah) {
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "32, 32, PROVINSI",                         // Jawa Barat
      "32.01, 3201, KABUPATEN_KOTA",              // Kabupaten Bogor
      "3273, 3273, KABUPATEN_KOTA",               // Kota Bandung
      "32.01.01, 320101, KECAMATAN",
      "32.01.01.2001, 3201012001, DESA_KELURAHAN", // a desa
      "3273011001, 3273011001, DESA_KELURAHAN",   // a kelurahan
      "91.01.01.3001, 9101013001, DESA_KELURAHAN", // a desa adat
      "96, 96, PROVINSI",                         // Papua Barat Daya, the newest
  })
  void parse_whenValid_normalisesAndKnowsLevel(String text, String digits, Level level) {
    KodeWilayah kode = KodeWilayah.parse(text);
    assertThat(kode.value()).isEqualTo(digits);
    assertThat(kode.level()).isEqualTo(level);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "3, kodeWilayah.format",                // 1 digit
      "320, kodeWilayah.format",              // 3 digits
      "32010120011, kodeWilayah.format",      // 11 digits
      "32010120, kodeWilayah.format",         // 8 digits
      "32.0101, kodeWilayah.format",          // a dotted part too long
      "32.01.01.20, kodeWilayah.format",      // a desa part too short
      "32.01., kodeWilayah.format",           // an empty part
      ".32, kodeWilayah.format",
      "32.01.01.2001.1, kodeWilayah.format",  // a fifth part
      "'32 01', kodeWilayah.format",          // a space
      "'３２.０１', kodeWilayah.format",        // full-width digits
      "'٣٢', kodeWilayah.format",             // Arabic-Indic digits
      "99.01, kodeWilayah.province",          // unknown province
      "22, kodeWilayah.province",
      "32.00, kodeWilayah.kabupatenKota",     // 00 is neither
      "32.70, kodeWilayah.kabupatenKota",     // 70 is neither
      "32.01.01.0001, kodeWilayah.desaKelurahan", // 0 is no desa kind
      "32.01.01.4001, kodeWilayah.desaKelurahan", // 4 marks a pulau, not a desa
  })
  void parse_whenInvalid_namesRuleAndNeverTheValue(String text, String rule) {
    assertThatThrownBy(() -> KodeWilayah.parse(text))
        .isInstanceOfSatisfying(MppValidationException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("kodeWilayah");
            assertThat(v.rule()).isEqualTo(rule);
            // the fixed text of the rule: nothing of the value is added
            assertThat(v.message()).isEqualTo(MppValidator.message(rule, MppValidator.ENGLISH));
          });
        });
  }

  @Test
  void isValid_whenNullByte_isFalse() {
    assertThat(KodeWilayah.isValid("32\u0000")).isFalse();
  }

  @Test
  void parse_whenKabupatenSixtyNineAndKotaSeventyOneAndNinetyNine_isValid() {
    assertThat(KodeWilayah.isValid("32.69")).isTrue();
    assertThat(KodeWilayah.isValid("32.71")).isTrue();
    assertThat(KodeWilayah.isValid("32.99")).isTrue();
  }

  @Test
  void parent_walksUpToTheProvince() {
    KodeWilayah desa = KodeWilayah.parse("32.01.01.2001");
    assertThat(desa.parent()).contains(KodeWilayah.parse("320101"));
    assertThat(desa.parent().flatMap(KodeWilayah::parent)).contains(KodeWilayah.parse("3201"));
    assertThat(KodeWilayah.parse("3201").parent()).contains(KodeWilayah.parse("32"));
    assertThat(KodeWilayah.parse("32").parent()).isEmpty();
  }

  @Test
  void contains_whenDescendant_isTrueOtherwiseFalse() {
    KodeWilayah kabupaten = KodeWilayah.parse("32.01");
    assertThat(kabupaten.contains(KodeWilayah.parse("32.01.01.2001"))).isTrue();
    assertThat(kabupaten.contains(kabupaten)).isTrue();
    assertThat(kabupaten.contains(KodeWilayah.parse("32.73"))).isFalse();
    assertThat(kabupaten.contains(KodeWilayah.parse("32"))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"32, 32", "3201, 32.01", "320101, 32.01.01", "3201012001, 32.01.01.2001"})
  void formatted_isKemendagriDottedForm(String digits, String dotted) {
    assertThat(KodeWilayah.parse(digits).formatted()).isEqualTo(dotted);
    assertThat(KodeWilayah.parse(dotted).toString()).isEqualTo(digits);
  }

  @Test
  void validKodeWilayah_whenKota70_reportsRuleInIndonesian() {
    assertThat(MppValidator.defaults()
        .violations(new AddressForm("32.70"), MppValidator.INDONESIAN))
        .singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("kodeWilayah");
          assertThat(v.rule()).isEqualTo("kodeWilayah.kabupatenKota");
          assertThat(v.message()).isEqualTo(
              "Bagian kabupaten/kota kode wilayah harus 01-69 (kabupaten) atau 71-99 (kota)");
        });
  }

  @Test
  void validKodeWilayah_whenValid_hasNoViolation() {
    assertThat(MppValidator.defaults()
        .violations(new AddressForm("32.73.01.1001"), MppValidator.ENGLISH)).isEmpty();
  }

  @Test
  void json_roundTrip_isThePlainDigitString() {
    KodeWilayah kode = KodeWilayah.parse("32.01.01.2001");
    assertThat(MppJson.defaults().write(kode)).isEqualTo("\"3201012001\"");
    assertThat(MppJson.defaults().read("\"32.01.01.2001\"", KodeWilayah.class)).isEqualTo(kode);
  }

  @Test
  void json_whenInvalidInsideDocument_namesTheFieldPath() {
    record Office(KodeWilayah wilayah) {
    }
    assertThatThrownBy(() -> MppJson.defaults().read("{\"wilayah\":\"32.70\"}", Office.class))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field, Violation::rule)
            .containsExactly(tuple("wilayah",
                "kodeWilayah.kabupatenKota")));
  }
}
