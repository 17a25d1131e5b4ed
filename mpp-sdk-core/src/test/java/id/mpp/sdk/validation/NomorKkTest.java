package id.mpp.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MppJson;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NomorKkTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  record FamilyForm(@ValidNomorKk String nomorKk) {
  }

  @Test
  void parse_whenPublishedExample_exposesParts() {
    // perl-Business-ID-NKK's test: Bandung, entered 1 January 2001, serial 0001
    NomorKk kk = NomorKk.parse("3273000101010001");
    assertThat(kk.provinceCode()).isEqualTo("32");
    assertThat(kk.regionCode()).isEqualTo("327300");
    assertThat(kk.entryDate(TODAY)).isEqualTo(LocalDate.of(2001, 1, 1));
  }

  @Test
  void entryDate_whenTwentyFirstCenturyWouldBeFuture_resolvesNineteenth() {
    assertThat(NomorKk.parse("3174051203980007").entryDate(TODAY))
        .isEqualTo(LocalDate.of(1998, 3, 12));
  }

  @Test
  void parse_whenLeapYearTwentyNineFebruary_isValid() {
    assertThat(NomorKk.parse("3578102902160003").entryDate(TODAY))
        .isEqualTo(LocalDate.of(2016, 2, 29));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "317405120315007, nomorKk.format",       // 15 digits
      "31740512031500071, nomorKk.format",     // 17 digits
      "31740512O3150007, nomorKk.format",      // letter O for zero
      "'３１７４０５１２０３１５０００７', nomorKk.format", // full-width digits
      "' 3174051203150007', nomorKk.format",   // leading space
      "'3174051203150007 ', nomorKk.format",   // trailing space
      "3174054503150007, nomorKk.entryDate",   // day 45: a KK has no +40
      "3174053203150007, nomorKk.entryDate",   // day 32
      "3174051213150007, nomorKk.entryDate",   // month 13
      "3174052902150007, nomorKk.entryDate",   // 29 Feb in a common year (1915 and 2015)
      "3174050003150007, nomorKk.entryDate",   // day 00
      "9974051203150007, nomorKk.province",    // unknown province
      "2274051203150007, nomorKk.province",    // 22 is no province
      "3174051203150000, nomorKk.serial",      // serial 0000
  })
  void parse_whenInvalid_namesRuleAndNeverTheValue(String text, String rule) {
    assertThatThrownBy(() -> NomorKk.parse(text))
        .isInstanceOfSatisfying(MppValidationException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("nomorKk");
            assertThat(v.rule()).isEqualTo(rule);
          });
          assertThat(e.getMessage()).doesNotContain(text.strip()).doesNotContain("120315");
        });
  }

  @Test
  void isValid_whenNullByte_isFalse() {
    assertThat(NomorKk.isValid("317405120315000\u0000")).isFalse();
  }

  @Test
  void isValid_whenNull_isFalse() {
    assertThat(NomorKk.isValid(null)).isFalse();
  }

  @Test
  void toString_masksAllButFirstFourAndLastTwo() {
    NomorKk kk = NomorKk.parse("3174051203150007");
    assertThat(kk.toString()).isEqualTo("NomorKk[3174**********07]");
    assertThat(kk.masked()).doesNotContain("051203150");
  }

  @Test
  void parse_whenIndonesianLocale_messageIsIndonesian() {
    assertThatThrownBy(() -> NomorKk.parse("3174054503150007", MppValidator.INDONESIAN))
        .hasMessageContaining("Nomor KK harus memuat tanggal pencatatan data yang benar");
  }

  @Test
  void validNomorKk_whenSeveralForms_reportsEachRuleThroughTheValidator() {
    List<Violation> violations = MppValidator.defaults()
        .violations(new FamilyForm("3174051203150000"), MppValidator.ENGLISH);
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("nomorKk");
      assertThat(v.rule()).isEqualTo("nomorKk.serial");
      assertThat(v.message()).isEqualTo("KK number serial (last 4 digits) must not be 0000");
    });
  }

  @Test
  void validNomorKk_whenValidOrNull_hasNoViolation() {
    assertThat(MppValidator.defaults()
        .violations(new FamilyForm("3174051203150007"), MppValidator.ENGLISH)).isEmpty();
    assertThat(MppValidator.defaults()
        .violations(new FamilyForm(null), MppValidator.ENGLISH)).isEmpty();
  }

  @Test
  void json_roundTrip_isThePlainDigitString() {
    NomorKk kk = NomorKk.parse("3174051203150007");
    String json = MppJson.defaults().write(kk);
    assertThat(json).isEqualTo("\"3174051203150007\"");
    assertThat(MppJson.defaults().read(json, NomorKk.class)).isEqualTo(kk);
  }
}
