package id.mpp.sdk.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingCalendarTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.of(SiteZone.WIB);
  private static final WorkingCalendar CUTI_WORKING = CALENDAR.withCutiBersamaAsDayOff(false);

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  // Every libur nasional of docs indonesia.md section 7.
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "2024-01-01", // Tahun Baru Masehi
      "2024-02-08", // Isra Mikraj
      "2024-02-10", // Imlek
      "2024-02-14", // Hari Pemilihan Umum (election, Keppres)
      "2024-03-11", // Nyepi
      "2024-03-29", // Wafat Yesus Kristus
      "2024-03-31", // Kebangkitan Yesus Kristus
      "2024-04-10", // Idul Fitri
      "2024-04-11", // Idul Fitri hari kedua
      "2024-05-01", // Hari Buruh
      "2024-05-09", // Kenaikan Yesus Kristus
      "2024-05-23", // Waisak
      "2024-06-01", // Pancasila
      "2024-06-17", // Idul Adha
      "2024-07-07", // Tahun Baru Islam
      "2024-08-17", // Kemerdekaan
      "2024-09-16", // Maulid
      "2024-11-27", // Pilkada
      "2024-12-25", // Natal
      "2025-01-01", // Tahun Baru Masehi
      "2025-01-27", // Isra Mikraj
      "2025-01-29", // Imlek
      "2025-03-29", // Nyepi
      "2025-03-31", // Idul Fitri
      "2025-04-01", // Idul Fitri hari kedua
      "2025-04-18", // Wafat Yesus Kristus
      "2025-04-20", // Kebangkitan Yesus Kristus
      "2025-05-01", // Hari Buruh
      "2025-05-12", // Waisak
      "2025-05-29", // Kenaikan Yesus Kristus
      "2025-06-01", // Pancasila
      "2025-06-06", // Idul Adha
      "2025-06-27", // Tahun Baru Islam
      "2025-08-17", // Kemerdekaan
      "2025-09-05", // Maulid
      "2025-12-25", // Natal
      "2026-01-01", // Tahun Baru Masehi
      "2026-01-16", // Isra Mikraj
      "2026-02-17", // Imlek
      "2026-03-19", // Nyepi
      "2026-03-21", // Idul Fitri
      "2026-03-22", // Idul Fitri hari kedua
      "2026-04-03", // Wafat Yesus Kristus
      "2026-04-05", // Kebangkitan Yesus Kristus
      "2026-05-01", // Hari Buruh
      "2026-05-14", // Kenaikan Yesus Kristus
      "2026-05-27", // Idul Adha
      "2026-05-31", // Waisak
      "2026-06-01", // Pancasila
      "2026-06-16", // Tahun Baru Islam
      "2026-08-17", // Kemerdekaan
      "2026-08-25", // Maulid
      "2026-12-25", // Natal
  })
  void isWorkingDay_whenLiburNasional_isFalseEvenWhereCutiBersamaCountsAsWorking(LocalDate date) {
    assertThat(CALENDAR.isWorkingDay(date)).isFalse();
    assertThat(CUTI_WORKING.isWorkingDay(date)).isFalse();
    assertThat(CALENDAR.findHoliday(date)).get().extracting(Holiday::type)
        .isEqualTo(HolidayType.LIBUR_NASIONAL);
  }

  // Every cuti bersama of docs indonesia.md section 7; all of them fall on Monday-Friday.
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "2024-02-09",
      "2024-03-12",
      "2024-04-08",
      "2024-04-09",
      "2024-04-12",
      "2024-04-15",
      "2024-05-10",
      "2024-05-24",
      "2024-06-18",
      "2024-12-26",
      "2025-01-28",
      "2025-03-28",
      "2025-04-02",
      "2025-04-03",
      "2025-04-04",
      "2025-04-07",
      "2025-05-13",
      "2025-05-30",
      "2025-06-09",
      "2025-08-18",
      "2025-12-26",
      "2026-02-16",
      "2026-03-18",
      "2026-03-20",
      "2026-03-23",
      "2026-03-24",
      "2026-05-15",
      "2026-05-28",
      "2026-12-24",
  })
  void isWorkingDay_whenCutiBersama_followsTheAgencyPolicy(LocalDate date) {
    assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(CALENDAR.isWorkingDay(date)).isFalse();
    assertThat(CUTI_WORKING.isWorkingDay(date)).isTrue();
    assertThat(CUTI_WORKING.findHoliday(date)).get().extracting(Holiday::type)
        .isEqualTo(HolidayType.CUTI_BERSAMA);
  }

  @ParameterizedTest(name = "{0}: {1} working days off the weekend, {2} with cuti bersama off")
  @CsvSource({
      // Monday-Friday dates of the year, minus libur nasional on Monday-Friday, minus cuti bersama
      // 2024: 262 weekdays; 19 libur of which 5 on a weekend (02-10 Sat, 03-31 Sun, 06-01 Sat,
      //       07-07 Sun, 08-17 Sat) -> 262 - 14 = 248; all 10 cuti on weekdays -> 238
      "2024, 248, 238",
      // 2025: 261 weekdays; 17 libur, 4 on a weekend (03-29 Sat, 04-20 Sun, 06-01 Sun, 08-17 Sun)
      //       -> 261 - 13 = 248; 11 cuti -> 237
      "2025, 248, 237",
      // 2026: 261 weekdays; 17 libur, 4 on a weekend (03-21 Sat, 03-22 Sun, 04-05 Sun, 05-31 Sun)
      //       -> 261 - 13 = 248; 8 cuti -> 240
      "2026, 248, 240",
  })
  void workingDaysBetween_whenWholeYear_matchesHandCount(int year, long withCutiWorking,
      long withCutiOff) {
    LocalDate from = d(year, 1, 1);
    LocalDate to = d(year + 1, 1, 1);
    assertThat(CUTI_WORKING.workingDaysBetween(from, to)).isEqualTo(withCutiWorking);
    assertThat(CALENDAR.workingDaysBetween(from, to)).isEqualTo(withCutiOff);
  }

  @Test
  void isWorkingDay_whenPlainWeekday_isTrue() {
    assertThat(CALENDAR.isWorkingDay(d(2025, 3, 5))).isTrue(); // Wednesday
    assertThat(CALENDAR.findHoliday(d(2025, 3, 5))).isEmpty();
  }

  @Test
  void isWorkingDay_whenWeekend_isFalse() {
    assertThat(CALENDAR.isWorkingDay(d(2025, 3, 8))).isFalse(); // Saturday
    assertThat(CALENDAR.isWorkingDay(d(2025, 3, 9))).isFalse(); // Sunday
  }

  @Test
  void isWorkingDay_whenSaturdaySite_countsPlainSaturdayButNotNyepiSaturday() {
    WorkingCalendar saturdays = WorkingCalendar.builder().zone(SiteZone.WITA)
        .saturdayWorking(true).build();
    assertThat(saturdays.isWorkingDay(d(2025, 3, 8))).isTrue();
    assertThat(saturdays.isWorkingDay(d(2025, 3, 29))).isFalse(); // Hari Suci Nyepi, a Saturday
    assertThat(saturdays.isWorkingDay(d(2025, 3, 9))).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2023, 2027, 2100})
  void isWorkingDay_whenYearHasNoHolidayData_throwsNamingTheYear(int year) {
    assertThatThrownBy(() -> CALENDAR.isWorkingDay(d(year, 6, 2)))
        .isInstanceOfSatisfying(HolidayDataMissingException.class, e -> {
          assertThat(e.year()).isEqualTo(year);
          assertThat(e.getMessage()).contains("no holiday data for " + year, "2024-2026");
        });
  }

  @Test
  void findHoliday_whenYearHasNoHolidayData_throwsRatherThanReportingNone() {
    assertThatThrownBy(() -> CALENDAR.findHoliday(d(2027, 1, 1)))
        .isInstanceOf(HolidayDataMissingException.class);
  }

  @Test
  void hasHolidayData_whenAsked_answersWithoutThrowing() {
    assertThat(CALENDAR.hasHolidayData(2025)).isTrue();
    assertThat(CALENDAR.hasHolidayData(2027)).isFalse();
    assertThat(CALENDAR.coveredYears()).containsExactly(2024, 2025, 2026);
  }

  @Test
  void isWorkingDay_whenWeeklyScheduleOnlyPolicy_answersFromWeekdaysOutsideTheData() {
    WorkingCalendar guessing = WorkingCalendar.builder().zone(SiteZone.WIB)
        .missingYearPolicy(MissingYearPolicy.WEEKLY_SCHEDULE_ONLY).build();
    assertThat(guessing.isWorkingDay(d(2027, 1, 1))).isTrue(); // a Friday; no data for 2027
    assertThat(guessing.isWorkingDay(d(2027, 1, 2))).isFalse(); // Saturday
    assertThat(guessing.hasHolidayData(2027)).isFalse();
    assertThat(guessing.isWorkingDay(d(2026, 1, 1))).isFalse(); // covered years still use data
  }

  @Test
  void nextWorkingDay_whenIdulFitri2025WithCutiOff_skipsToTuesdayEighthApril() {
    // Thu 27 Mar -> 28 cuti (Nyepi), 29 Sat Nyepi, 30 Sun, 31 + 1 Apr Idul Fitri,
    // 2-4 cuti, 5-6 weekend, 7 cuti -> Tue 8 Apr
    assertThat(CALENDAR.nextWorkingDay(d(2025, 3, 27))).isEqualTo(d(2025, 4, 8));
  }

  @Test
  void nextWorkingDay_whenIdulFitri2025WithCutiWorking_isFridayTwentyEighth() {
    assertThat(CUTI_WORKING.nextWorkingDay(d(2025, 3, 27))).isEqualTo(d(2025, 3, 28));
    assertThat(CUTI_WORKING.nextWorkingDay(d(2025, 3, 28))).isEqualTo(d(2025, 4, 2));
  }

  @Test
  void workingDayOnOrAfter_whenWorkingDay_returnsItself() {
    assertThat(CALENDAR.workingDayOnOrAfter(d(2025, 3, 5))).isEqualTo(d(2025, 3, 5));
    assertThat(CALENDAR.workingDayOnOrAfter(d(2025, 3, 8))).isEqualTo(d(2025, 3, 10));
  }

  @Test
  void previousWorkingDay_whenAfterIdulFitri2026_skipsBackToTuesdaySeventeenth() {
    // Wed 25 Mar 2026 <- 24, 23 cuti, 22 Sun (Idul Fitri 2), 21 Sat (Idul Fitri), 20 cuti,
    // 19 Nyepi, 18 cuti -> Tue 17 Mar
    assertThat(CALENDAR.previousWorkingDay(d(2026, 3, 25))).isEqualTo(d(2026, 3, 17));
    // cuti bersama working: 24 Mar is a working Tuesday
    assertThat(CUTI_WORKING.previousWorkingDay(d(2026, 3, 25))).isEqualTo(d(2026, 3, 24));
  }

  @Test
  void plusWorkingDays_whenFiveAcrossIdulFitri2026_countsByHand() {
    // day 0 = Mon 16 Mar 2026. Cuti off: 17 Tue (1), 18 cuti, 19 Nyepi, 20 cuti, 21-22 Idul Fitri
    // (weekend), 23 + 24 cuti, 25 Wed (2), 26 Thu (3), 27 Fri (4), 28-29 weekend, 30 Mon (5)
    assertThat(CALENDAR.plusWorkingDays(d(2026, 3, 16), 5)).isEqualTo(d(2026, 3, 30));
    // cuti working: 17 (1), 18 (2), 19 Nyepi, 20 (3), 21-22 weekend, 23 (4), 24 (5)
    assertThat(CUTI_WORKING.plusWorkingDays(d(2026, 3, 16), 5)).isEqualTo(d(2026, 3, 24));
  }

  @Test
  void plusWorkingDays_whenZero_returnsTheDateUnchanged() {
    assertThat(CALENDAR.plusWorkingDays(d(2025, 3, 8), 0)).isEqualTo(d(2025, 3, 8));
  }

  @Test
  void plusWorkingDays_whenNegative_countsBackwards() {
    // day 0 = Tue 8 Apr 2025; back: 7 cuti, 6-5 weekend, 4-2 cuti, 1 + 31 Idul Fitri,
    // 30-29 weekend, 28 cuti, 27 Thu (1), 26 Wed (2)
    assertThat(CALENDAR.plusWorkingDays(d(2025, 4, 8), -2)).isEqualTo(d(2025, 3, 26));
  }

  @Test
  void plusWorkingDays_whenStartIsAHoliday_countsFromTheNextWorkingDay() {
    // day 0 = Sat 29 Mar 2025 (Nyepi); the first working day after it is Tue 8 Apr
    assertThat(CALENDAR.plusWorkingDays(d(2025, 3, 29), 1)).isEqualTo(d(2025, 4, 8));
  }

  @Test
  void workingDaysBetween_whenApril2025_countsByHand() {
    // April 2025: 22 Monday-Friday dates; Idul Fitri 2 (Tue 1) and Wafat Yesus Kristus (Fri 18)
    // are libur; 2, 3, 4, 7 are cuti bersama
    assertThat(CUTI_WORKING.workingDaysBetween(d(2025, 4, 1), d(2025, 5, 1))).isEqualTo(20);
    assertThat(CALENDAR.workingDaysBetween(d(2025, 4, 1), d(2025, 5, 1))).isEqualTo(16);
  }

  @Test
  void workingDaysBetween_whenReversed_isNegative() {
    assertThat(CALENDAR.workingDaysBetween(d(2025, 5, 1), d(2025, 4, 1))).isEqualTo(-16);
    assertThat(CALENDAR.workingDaysBetween(d(2025, 4, 1), d(2025, 4, 1))).isZero();
  }

  @Test
  void listHolidays_whenIdulFitri2025Range_listsLiburAndCutiInOrder() {
    assertThat(CALENDAR.listHolidays(d(2025, 3, 28), d(2025, 4, 7)))
        .extracting(Holiday::date, Holiday::type)
        .containsExactly(
            tuple(d(2025, 3, 28), HolidayType.CUTI_BERSAMA),
            tuple(d(2025, 3, 29), HolidayType.LIBUR_NASIONAL),
            tuple(d(2025, 3, 31), HolidayType.LIBUR_NASIONAL),
            tuple(d(2025, 4, 1), HolidayType.LIBUR_NASIONAL),
            tuple(d(2025, 4, 2), HolidayType.CUTI_BERSAMA),
            tuple(d(2025, 4, 3), HolidayType.CUTI_BERSAMA),
            tuple(d(2025, 4, 4), HolidayType.CUTI_BERSAMA),
            tuple(d(2025, 4, 7), HolidayType.CUTI_BERSAMA));
  }

  @Test
  void listHolidays_whenYear_returnsAllEntriesOfTheYear() {
    assertThat(CALENDAR.listHolidays(2026)).hasSize(25);
  }

  @Test
  void listHolidays_whenRangeReachesUncoveredYear_throws() {
    assertThatThrownBy(() -> CALENDAR.listHolidays(d(2026, 12, 1), d(2027, 1, 31)))
        .isInstanceOf(HolidayDataMissingException.class);
  }

  @Test
  void addRegionalHoliday_whenOnAWeekday_makesItADayOffWithItsName() {
    WorkingCalendar site = WorkingCalendar.builder().zone(SiteZone.WIB)
        .addRegionalHoliday(d(2025, 10, 14), "Hari Jadi Kota Contoh", "Perda Kota Contoh 1/2000")
        .build();
    assertThat(site.isWorkingDay(d(2025, 10, 14))).isFalse();
    assertThat(site.findHoliday(d(2025, 10, 14))).get()
        .extracting(Holiday::name, Holiday::type)
        .containsExactly("Hari Jadi Kota Contoh", HolidayType.LIBUR_DAERAH);
  }

  @Test
  void addRegionalHoliday_whenOnCutiBersamaOfAnOpenAgency_stillADayOff() {
    WorkingCalendar site = WorkingCalendar.builder().zone(SiteZone.WIB)
        .cutiBersamaAsDayOff(false)
        .addRegionalHoliday(d(2025, 12, 26), "Libur daerah", "Keputusan Bupati")
        .build();
    assertThat(site.isWorkingDay(d(2025, 12, 26))).isFalse();
    assertThat(site.findHoliday(d(2025, 12, 26))).get().extracting(Holiday::type)
        .isEqualTo(HolidayType.LIBUR_DAERAH);
    assertThat(site.listHolidays(d(2025, 12, 26), d(2025, 12, 26))).hasSize(2);
  }

  @Test
  void addClosedDate_whenSet_closesTheSite() {
    WorkingCalendar site = WorkingCalendar.builder().zone(SiteZone.WIT)
        .addClosedDate(d(2025, 7, 10), "Renovasi gedung MPP").build();
    assertThat(site.isWorkingDay(d(2025, 7, 10))).isFalse();
    assertThat(site.findHoliday(d(2025, 7, 10))).get().extracting(Holiday::type)
        .isEqualTo(HolidayType.SITE_CLOSED);
  }

  @Test
  void addWorkingDay_whenOnCutiBersama_opensThatDayOnly() {
    WorkingCalendar site = WorkingCalendar.builder().zone(SiteZone.WIB)
        .addWorkingDay(d(2025, 4, 7), "Layanan tetap buka").build();
    assertThat(site.isWorkingDay(d(2025, 4, 7))).isTrue();
    assertThat(site.isWorkingDay(d(2025, 4, 4))).isFalse();
    assertThat(site.findHours(d(2025, 4, 7))).contains(OpeningHours.defaults()
        .find(DayOfWeek.MONDAY).orElseThrow());
  }

  @Test
  void addWorkingDay_whenSundayWithOwnHours_usesThoseHours() {
    DayHours hours = DayHours.of(LocalTime.of(9, 0), LocalTime.of(12, 0));
    WorkingCalendar site = WorkingCalendar.builder().zone(SiteZone.WIB)
        .addWorkingDay(d(2025, 3, 9), "Pelayanan hari Minggu", hours).build();
    assertThat(site.isWorkingDay(d(2025, 3, 9))).isTrue();
    assertThat(site.findHours(d(2025, 3, 9))).contains(hours);
  }

  @Test
  void removeHoliday_whenDecreeMovedACutiBersama_makesTheDateWorking() {
    WorkingCalendar site = WorkingCalendar.builder().zone(SiteZone.WIB)
        .removeHoliday(d(2025, 12, 26))
        .addHoliday(new Holiday(d(2025, 12, 24), "Cuti Bersama Hari Raya Natal",
            HolidayType.CUTI_BERSAMA, "SKB perubahan (contoh)"))
        .build();
    assertThat(site.isWorkingDay(d(2025, 12, 26))).isTrue();
    assertThat(site.isWorkingDay(d(2025, 12, 24))).isFalse();
    assertThat(site.holidayData()).isSameAs(HolidayData.bundled());
  }

  @Test
  void build_whenRemovingADateWithoutEntry_namesTheSetting() {
    assertThatThrownBy(() -> WorkingCalendar.builder().zone(SiteZone.WIB)
        .removeHoliday(d(2025, 12, 27)).build())
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("removeHoliday[2025-12-27]",
                    "workingCalendar.removeUnknown")));
  }

  @Test
  void build_whenZoneMissing_namesZone() {
    assertThatThrownBy(() -> WorkingCalendar.builder().build())
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field).containsExactly("zone"));
  }

  @Test
  void build_whenSeveralSettingsBad_reportsEveryOne() {
    OpeningHours weekdaysOnly = OpeningHours.builder()
        .days(DayHours.of(LocalTime.of(8, 0), LocalTime.of(15, 0)), DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
        .build();
    assertThatThrownBy(() -> WorkingCalendar.builder()
        .saturdayWorking(true)
        .openingHours(weekdaysOnly)
        .addClosedDate(d(2025, 7, 10), "Renovasi")
        .addWorkingDay(d(2025, 7, 10), "Buka")
        .addWorkingDay(d(2025, 7, 13), "Minggu tanpa jam")
        .build())
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(
                    tuple("zone", "workingCalendar.zone"),
                    tuple("openingHours.SATURDAY", "workingCalendar.hoursMissing"),
                    tuple("addWorkingDay[2025-07-10]", "workingCalendar.conflict"),
                    tuple("addWorkingDay[2025-07-13]", "workingCalendar.extraDayHours")));
  }

  @Test
  void build_whenNoWorkingWeekday_refuses() {
    assertThatThrownBy(() -> WorkingCalendar.builder().zone(SiteZone.WIB)
        .workingWeekdays(EnumSet.noneOf(DayOfWeek.class)).build())
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("workingWeekdays"));
  }

  @Test
  void build_whenSeasonalPeriodsOverlap_refuses() {
    OpeningHours ramadan = OpeningHours.builder()
        .days(DayHours.of(LocalTime.of(8, 0), LocalTime.of(15, 0)), DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
        .build();
    assertThatThrownBy(() -> WorkingCalendar.builder().zone(SiteZone.WIB)
        .seasonalOpeningHours(d(2026, 2, 18), d(2026, 3, 19), ramadan)
        .seasonalOpeningHours(d(2026, 3, 1), d(2026, 3, 5), ramadan)
        .build())
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("seasonalOpeningHours[1]",
                    "workingCalendar.seasonOverlap")));
  }

  @Test
  void findHours_whenInSeasonalPeriod_usesSeasonalHours() {
    DayHours ramadanDay = DayHours.of(LocalTime.of(8, 0), LocalTime.of(15, 0));
    OpeningHours ramadan = OpeningHours.builder().days(ramadanDay, DayOfWeek.MONDAY,
        DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).build();
    WorkingCalendar site = WorkingCalendar.builder().zone(SiteZone.WIB)
        .seasonalOpeningHours(d(2026, 2, 18), d(2026, 3, 19), ramadan).build();
    assertThat(site.findHours(d(2026, 3, 2))).contains(ramadanDay);
    assertThat(site.findHours(d(2026, 3, 30))).contains(OpeningHours.defaults()
        .find(DayOfWeek.MONDAY).orElseThrow());
    assertThat(site.findHours(d(2026, 3, 21))).isEmpty();
  }

  @Test
  void withCutiBersamaAsDayOff_whenUnchanged_returnsSameInstance() {
    assertThat(CALENDAR.withCutiBersamaAsDayOff(true)).isSameAs(CALENDAR);
    assertThat(CUTI_WORKING.cutiBersamaAsDayOff()).isFalse();
    assertThat(CUTI_WORKING.siteZone()).isEqualTo(SiteZone.WIB);
  }

  @Test
  void newBuilder_whenVariantBuilt_leavesOriginalUnchanged() {
    WorkingCalendar saturday = CALENDAR.newBuilder().saturdayWorking(true).build();
    assertThat(saturday.workingWeekdays()).contains(DayOfWeek.SATURDAY);
    assertThat(CALENDAR.workingWeekdays()).doesNotContain(DayOfWeek.SATURDAY);
  }

  @Test
  void builder_whenHolidayDataSupplied_coversItsYears() {
    HolidayData y2027 = new HolidayData("2027.0", List.of(2027), "", List.of(
        new Holiday(d(2027, 1, 1), "Tahun Baru Masehi", HolidayType.LIBUR_NASIONAL, "SKB 2026")));
    WorkingCalendar site = WorkingCalendar.builder().zone(SiteZone.WIB).holidays(y2027).build();
    assertThat(site.isWorkingDay(d(2027, 1, 1))).isFalse();
    assertThat(site.isWorkingDay(d(2027, 1, 4))).isTrue();
    assertThat(site.hasHolidayData(2026)).isFalse();
  }

  @Test
  void workingDaysIn_whenMonthRange_countsBothEnds() {
    // April 2025 as in workingDaysBetween_whenApril2025_countsByHand
    assertThat(CALENDAR.workingDaysIn(DateRange.month(java.time.YearMonth.of(2025, 4))))
        .isEqualTo(16);
    assertThat(CALENDAR.workingDaysIn(DateRange.day(d(2025, 4, 8)))).isEqualTo(1);
  }

  @Test
  void listHolidays_whenDateRange_matchesTheDateOverload() {
    DateRange range = DateRange.of(d(2025, 3, 28), d(2025, 4, 7));
    assertThat(CALENDAR.listHolidays(range))
        .isEqualTo(CALENDAR.listHolidays(range.from(), range.to()))
        .hasSize(8);
  }
}
