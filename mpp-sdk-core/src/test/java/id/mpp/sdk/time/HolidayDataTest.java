package id.mpp.sdk.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MalformedJsonException;
import id.mpp.sdk.json.MppJson;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayDataTest {

  private static final HolidayData BUNDLED = HolidayData.bundled();

  @Test
  void bundled_whenLoaded_coversExactly2024To2026() {
    assertThat(BUNDLED.years()).containsExactly(2024, 2025, 2026);
    assertThat(BUNDLED.version()).isNotBlank();
    assertThat(BUNDLED.evidence()).contains("python-holidays 0.105");
  }

  @ParameterizedTest(name = "{0}: {1} libur nasional, {2} cuti bersama")
  @CsvSource({"2024, 19, 10", "2025, 17, 11", "2026, 17, 8"})
  void bundled_whenCountedPerYear_matchesTheDecrees(int year, int libur, int cuti) {
    List<Holiday> ofYear = BUNDLED.holidaysIn(year);
    assertThat(ofYear).filteredOn(h -> h.type() == HolidayType.LIBUR_NASIONAL).hasSize(libur);
    assertThat(ofYear).filteredOn(h -> h.type() == HolidayType.CUTI_BERSAMA).hasSize(cuti);
    assertThat(ofYear).hasSize(libur + cuti);
  }

  // Every date of docs indonesia.md section 7 (python-holidays 0.105, language 'id').
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "2024-01-01, LIBUR_NASIONAL",  // Tahun Baru Masehi
      "2024-02-08, LIBUR_NASIONAL",  // Isra Mikraj
      "2024-02-10, LIBUR_NASIONAL",  // Imlek
      "2024-02-14, LIBUR_NASIONAL",  // Hari Pemilihan Umum (election, Keppres)
      "2024-03-11, LIBUR_NASIONAL",  // Nyepi
      "2024-03-29, LIBUR_NASIONAL",  // Wafat Yesus Kristus
      "2024-03-31, LIBUR_NASIONAL",  // Kebangkitan Yesus Kristus
      "2024-04-10, LIBUR_NASIONAL",  // Idul Fitri
      "2024-04-11, LIBUR_NASIONAL",  // Idul Fitri hari kedua
      "2024-05-01, LIBUR_NASIONAL",  // Hari Buruh
      "2024-05-09, LIBUR_NASIONAL",  // Kenaikan Yesus Kristus
      "2024-05-23, LIBUR_NASIONAL",  // Waisak
      "2024-06-01, LIBUR_NASIONAL",  // Pancasila
      "2024-06-17, LIBUR_NASIONAL",  // Idul Adha
      "2024-07-07, LIBUR_NASIONAL",  // Tahun Baru Islam
      "2024-08-17, LIBUR_NASIONAL",  // Kemerdekaan
      "2024-09-16, LIBUR_NASIONAL",  // Maulid
      "2024-11-27, LIBUR_NASIONAL",  // Pilkada
      "2024-12-25, LIBUR_NASIONAL",  // Natal
      "2024-02-09, CUTI_BERSAMA",
      "2024-03-12, CUTI_BERSAMA",
      "2024-04-08, CUTI_BERSAMA",
      "2024-04-09, CUTI_BERSAMA",
      "2024-04-12, CUTI_BERSAMA",
      "2024-04-15, CUTI_BERSAMA",
      "2024-05-10, CUTI_BERSAMA",
      "2024-05-24, CUTI_BERSAMA",
      "2024-06-18, CUTI_BERSAMA",
      "2024-12-26, CUTI_BERSAMA",
      "2025-01-01, LIBUR_NASIONAL",  // Tahun Baru Masehi
      "2025-01-27, LIBUR_NASIONAL",  // Isra Mikraj
      "2025-01-29, LIBUR_NASIONAL",  // Imlek
      "2025-03-29, LIBUR_NASIONAL",  // Nyepi
      "2025-03-31, LIBUR_NASIONAL",  // Idul Fitri
      "2025-04-01, LIBUR_NASIONAL",  // Idul Fitri hari kedua
      "2025-04-18, LIBUR_NASIONAL",  // Wafat Yesus Kristus
      "2025-04-20, LIBUR_NASIONAL",  // Kebangkitan Yesus Kristus
      "2025-05-01, LIBUR_NASIONAL",  // Hari Buruh
      "2025-05-12, LIBUR_NASIONAL",  // Waisak
      "2025-05-29, LIBUR_NASIONAL",  // Kenaikan Yesus Kristus
      "2025-06-01, LIBUR_NASIONAL",  // Pancasila
      "2025-06-06, LIBUR_NASIONAL",  // Idul Adha
      "2025-06-27, LIBUR_NASIONAL",  // Tahun Baru Islam
      "2025-08-17, LIBUR_NASIONAL",  // Kemerdekaan
      "2025-09-05, LIBUR_NASIONAL",  // Maulid
      "2025-12-25, LIBUR_NASIONAL",  // Natal
      "2025-01-28, CUTI_BERSAMA",
      "2025-03-28, CUTI_BERSAMA",
      "2025-04-02, CUTI_BERSAMA",
      "2025-04-03, CUTI_BERSAMA",
      "2025-04-04, CUTI_BERSAMA",
      "2025-04-07, CUTI_BERSAMA",
      "2025-05-13, CUTI_BERSAMA",
      "2025-05-30, CUTI_BERSAMA",
      "2025-06-09, CUTI_BERSAMA",
      "2025-08-18, CUTI_BERSAMA",
      "2025-12-26, CUTI_BERSAMA",
      "2026-01-01, LIBUR_NASIONAL",  // Tahun Baru Masehi
      "2026-01-16, LIBUR_NASIONAL",  // Isra Mikraj
      "2026-02-17, LIBUR_NASIONAL",  // Imlek
      "2026-03-19, LIBUR_NASIONAL",  // Nyepi
      "2026-03-21, LIBUR_NASIONAL",  // Idul Fitri
      "2026-03-22, LIBUR_NASIONAL",  // Idul Fitri hari kedua
      "2026-04-03, LIBUR_NASIONAL",  // Wafat Yesus Kristus
      "2026-04-05, LIBUR_NASIONAL",  // Kebangkitan Yesus Kristus
      "2026-05-01, LIBUR_NASIONAL",  // Hari Buruh
      "2026-05-14, LIBUR_NASIONAL",  // Kenaikan Yesus Kristus
      "2026-05-27, LIBUR_NASIONAL",  // Idul Adha
      "2026-05-31, LIBUR_NASIONAL",  // Waisak
      "2026-06-01, LIBUR_NASIONAL",  // Pancasila
      "2026-06-16, LIBUR_NASIONAL",  // Tahun Baru Islam
      "2026-08-17, LIBUR_NASIONAL",  // Kemerdekaan
      "2026-08-25, LIBUR_NASIONAL",  // Maulid
      "2026-12-25, LIBUR_NASIONAL",  // Natal
      "2026-02-16, CUTI_BERSAMA",
      "2026-03-18, CUTI_BERSAMA",
      "2026-03-20, CUTI_BERSAMA",
      "2026-03-23, CUTI_BERSAMA",
      "2026-03-24, CUTI_BERSAMA",
      "2026-05-15, CUTI_BERSAMA",
      "2026-05-28, CUTI_BERSAMA",
      "2026-12-24, CUTI_BERSAMA",  })
  void bundled_whenDateListed_hasThatType(LocalDate date, HolidayType type) {
    assertThat(BUNDLED.holidays()).filteredOn(h -> h.date().equals(date))
        .singleElement()
        .satisfies(h -> assertThat(h.type()).isEqualTo(type));
  }

  @Test
  void bundled_whenInspected_everyEntryHasIndonesianNameAndSource() {
    assertThat(BUNDLED.holidays()).allSatisfy(h -> {
      assertThat(h.name()).isNotBlank();
      assertThat(h.source()).containsAnyOf("SKB 3 Menteri", "Keppres", "Keputusan Pemerintah");
    });
    assertThat(BUNDLED.holidays()).filteredOn(h -> h.date().getYear() == 2024)
        .filteredOn(h -> !h.name().startsWith("Hari Pemungutan Suara"))
        .allSatisfy(h -> assertThat(h.source())
            .isEqualTo("SKB 3 Menteri No. 855, 3, dan 4 Tahun 2023"));
  }

  @Test
  void bundled_whenInspected_isSortedByDate() {
    assertThat(BUNDLED.holidays()).extracting(Holiday::date).isSorted();
  }

  @Test
  void parse_whenWrittenAndReadBack_isEqual() {
    String json = MppJson.defaults().write(BUNDLED);
    assertThat(json).contains("\"kind\":\"HolidayData\"", "\"apiVersion\":\"mpp.sdk/v1\"");
    assertThat(HolidayData.parse(json)).isEqualTo(BUNDLED);
  }

  @Test
  void read_whenStream_readsTheDocument() {
    byte[] json = doc("\"2027\"", "[{\"date\":\"2027-01-01\",\"name\":\"Tahun Baru Masehi\","
        + "\"type\":\"LIBUR_NASIONAL\",\"source\":\"SKB 2026\"}]").getBytes(StandardCharsets.UTF_8);
    HolidayData data = HolidayData.read(new ByteArrayInputStream(json));
    assertThat(data.covers(2027)).isTrue();
    assertThat(data.holidays()).extracting(Holiday::name).containsExactly("Tahun Baru Masehi");
  }

  @Test
  void parse_whenHolidayOutsideCoveredYears_namesTheEntry() {
    String json = doc("\"2027\"", "[{\"date\":\"2028-01-01\",\"name\":\"Tahun Baru\","
        + "\"type\":\"LIBUR_NASIONAL\",\"source\":\"SKB\"}]");
    assertThatThrownBy(() -> HolidayData.parse(json))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                    "holidays[0].date", "holidayData.dateOutsideYears")));
  }

  @Test
  void parse_whenDateTwice_namesTheSecondEntry() {
    String entry = "{\"date\":\"2027-01-01\",\"name\":\"Tahun Baru\",\"type\":\"LIBUR_NASIONAL\","
        + "\"source\":\"SKB\"}";
    assertThatThrownBy(() -> HolidayData.parse(doc("\"2027\"", "[" + entry + "," + entry + "]")))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("holidays[1].date"));
  }

  @Test
  void parse_whenTypeUnknown_refusesWithFieldAndRule() {
    String json = doc("\"2027\"", "[{\"date\":\"2027-01-01\",\"name\":\"Tahun Baru\","
        + "\"type\":\"LIBUR_SEKOLAH\",\"source\":\"SKB\"}]");
    assertThatThrownBy(() -> HolidayData.parse(json))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                    "holidays[0].type", "holiday.type")));
  }

  @Test
  void parse_whenSeveralRulesBroken_reportsEveryViolation() {
    String json = "{\"apiVersion\":\"mpp.sdk/v1\",\"kind\":\"HolidayData\",\"version\":\" \","
        + "\"years\":[2027, 2027, 1800],\"holidays\":[]}";
    assertThatThrownBy(() -> HolidayData.parse(json))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(
                    org.assertj.core.groups.Tuple.tuple("version", "holidayData.version"),
                    org.assertj.core.groups.Tuple.tuple("years[1]", "holidayData.yearDuplicate"),
                    org.assertj.core.groups.Tuple.tuple("years[2]", "holidayData.yearRange")));
  }

  @Test
  void parse_whenNoYears_refuses() {
    assertThatThrownBy(() -> HolidayData.parse(
        "{\"kind\":\"HolidayData\",\"version\":\"1\",\"holidays\":[]}"))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::rule)
                .containsExactly("holidayData.years"));
  }

  @Test
  void parse_whenOtherKind_refusesAsMalformed() {
    assertThatThrownBy(() -> HolidayData.parse(
        "{\"kind\":\"ServiceDefinition\",\"version\":\"1\",\"years\":[2027],\"holidays\":[]}"))
        .isInstanceOf(MalformedJsonException.class);
  }

  @Test
  void holiday_whenNameBlankAndSourceMissing_reportsBoth() {
    assertThatThrownBy(() -> new Holiday(LocalDate.of(2027, 1, 1), " ",
        HolidayType.LIBUR_NASIONAL, null))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::rule)
                .containsExactly("holiday.name", "holiday.source"));
  }

  private static String doc(String years, String holidays) {
    return "{\"apiVersion\":\"mpp.sdk/v1\",\"kind\":\"HolidayData\",\"version\":\"2027.1\","
        + "\"years\":[" + years.replace("\"", "") + "],\"holidays\":" + holidays + "}";
  }
}
