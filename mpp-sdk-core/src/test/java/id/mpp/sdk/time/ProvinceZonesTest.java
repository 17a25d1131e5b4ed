package id.mpp.sdk.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.internal.validation.NikRules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvinceZonesTest {

  private static final ProvinceZones BUNDLED = ProvinceZones.bundled();

  @Test
  void bundled_whenLoaded_listsEveryProvinceCodeOnceAndIsMarkedUnconfirmed() {
    assertThat(BUNDLED.provinces()).extracting(ProvinceZone::code)
        .containsExactlyInAnyOrderElementsOf(NikRules.PROVINCE_CODES);
    assertThat(BUNDLED.status()).isEqualTo("UNCONFIRMED");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "31, WIB",            // DKI Jakarta
      "18, WIB",            // Lampung
      "61, WIB_PONTIANAK",  // Kalimantan Barat
      "62, WIB_PONTIANAK",  // Kalimantan Tengah
      "64, WITA",           // Kalimantan Timur
      "51, WITA",           // Bali
      "73, WITA",           // Sulawesi Selatan
      "81, WIT",            // Maluku
      "96, WIT",            // Papua Barat Daya
  })
  void findZone_whenProvinceKnown_returnsItsZone(String code, SiteZone zone) {
    assertThat(BUNDLED.findZone(code)).contains(zone);
  }

  @Test
  void findZoneOfRegion_whenKabKotaCode_usesItsProvince() {
    assertThat(BUNDLED.findZoneOfRegion("64.72")).contains(SiteZone.WITA);
    assertThat(BUNDLED.findZoneOfRegion("3")).isEmpty();
  }

  @Test
  void getZone_whenProvinceUnknown_throwsNotFound() {
    assertThatThrownBy(() -> BUNDLED.getZone("99"))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.kind()).isEqualTo("province"));
  }

  @Test
  void with_whenCorrectingAnEntry_replacesOnlyThatEntry() {
    ProvinceZones corrected = BUNDLED.with(ProvinceZone.of("62", "Kalimantan Tengah",
        SiteZone.WIB));
    assertThat(corrected.findZone("62")).contains(SiteZone.WIB);
    assertThat(corrected.provinces()).hasSameSizeAs(BUNDLED.provinces());
    assertThat(BUNDLED.findZone("62")).contains(SiteZone.WIB_PONTIANAK);
  }

  @Test
  void read_whenZoneIsAFixedOffset_refusesNamingTheField() {
    String json = "{\"kind\":\"ProvinceZones\",\"version\":\"1\",\"provinces\":["
        + "{\"code\":\"31\",\"name\":\"DKI Jakarta\",\"zoneId\":\"+07:00\"}]}";
    assertThatThrownBy(() -> ProvinceZones.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("provinces[0].zoneId"));
  }

  @Test
  void read_whenCodeTwice_refuses() {
    String entry = "{\"code\":\"31\",\"name\":\"DKI Jakarta\",\"zoneId\":\"Asia/Jakarta\"}";
    String json = "{\"kind\":\"ProvinceZones\",\"version\":\"1\",\"provinces\":[" + entry + ","
        + entry + "]}";
    assertThatThrownBy(() -> ProvinceZones.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::rule)
                .containsExactly("provinceZones.duplicate"));
  }
}
