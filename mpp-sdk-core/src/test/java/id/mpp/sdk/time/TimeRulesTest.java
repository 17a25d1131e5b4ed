package id.mpp.sdk.time;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.validation.MppValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeRulesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "siteZone.unknown", "holiday.date", "holiday.name", "holiday.type", "holiday.source",
      "holidayData.version", "holidayData.years", "holidayData.yearRange",
      "holidayData.yearDuplicate", "holidayData.holiday", "holidayData.dateOutsideYears",
      "holidayData.dateDuplicate", "timeWindow.order", "dayHours.empty", "dayHours.order",
      "dayHours.break", "openingHours.empty", "pause.order", "workingCalendar.zone",
      "workingCalendar.workingWeekdays", "workingCalendar.hoursMissing",
      "workingCalendar.extraDayHours", "workingCalendar.seasonOrder",
      "workingCalendar.seasonOverlap", "workingCalendar.removeUnknown", "workingCalendar.reason",
      "workingCalendar.conflict", "provinceZone.code", "provinceZone.name",
      "provinceZones.version", "provinceZones.empty", "provinceZones.entry",
      "provinceZones.duplicate"})
  void message_whenRuleOfTimePackage_hasEnglishAndIndonesianText(String rule) {
    String english = MppValidator.message(rule, MppValidator.ENGLISH);
    String indonesian = MppValidator.message(rule, MppValidator.INDONESIAN);
    assertThat(english).isNotEqualTo(rule).isNotBlank();
    assertThat(indonesian).isNotEqualTo(rule).isNotEqualTo(english);
    assertThat(TimeRules.violation("f", rule).message()).isEqualTo(english);
  }
}
