package id.mpp.sdk.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.json.MppJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessingTimeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "MINUTES, 60 menit, 60 minutes",
      "WORKING_HOURS, 60 jam kerja, 60 working hours",
      "WORKING_DAYS, 60 hari kerja, 60 working days",
      "CALENDAR_DAYS, 60 hari kalender, 60 calendar days",
  })
  void toIndonesian_whenEachUnit_readsAsPublished(ProcessingTime.Unit unit, String id,
      String en) {
    ProcessingTime time = new ProcessingTime(60, unit);
    assertThat(time.toIndonesian()).isEqualTo(id);
    assertThat(time.toString()).isEqualTo(en);
  }

  @Test
  void toString_whenOne_singular() {
    assertThat(ProcessingTime.workingDays(1)).hasToString("1 working day");
    assertThat(ProcessingTime.minutes(1)).hasToString("1 minute");
  }

  @Test
  void factories_whenUsed_setTheUnit() {
    assertThat(ProcessingTime.workingDays(5)).isEqualTo(
        new ProcessingTime(5, ProcessingTime.Unit.WORKING_DAYS));
    assertThat(ProcessingTime.workingHours(8).unit()).isEqualTo(ProcessingTime.Unit.WORKING_HOURS);
    assertThat(ProcessingTime.minutes(30).unit()).isEqualTo(ProcessingTime.Unit.MINUTES);
    assertThat(ProcessingTime.calendarDays(14).unit())
        .isEqualTo(ProcessingTime.Unit.CALENDAR_DAYS);
  }

  @Test
  void constructor_whenValueZero_refusesWithRule() {
    assertThatThrownBy(() -> ProcessingTime.workingDays(0))
        .isInstanceOfSatisfying(MppValidationException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("processingTime.value");
          assertThat(e.violations().get(0).rule()).isEqualTo("processingTime.positive");
        });
  }

  @Test
  void constructor_whenUnitUnknown_refuses() {
    assertThatThrownBy(() -> new ProcessingTime(5, ProcessingTime.Unit.UNKNOWN))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations().get(0).rule()).isEqualTo("processingTime.unit"));
  }

  @Test
  void json_whenWrittenAndRead_roundTrips() {
    String json = MppJson.defaults().write(ProcessingTime.workingDays(5));
    assertThat(json).isEqualTo("{\"value\":5,\"unit\":\"WORKING_DAYS\"}");
    assertThat(MppJson.defaults().read(json, ProcessingTime.class))
        .isEqualTo(ProcessingTime.workingDays(5));
  }

  @Test
  void json_whenUnitFromANewerVersion_refusesWithValidationError() {
    assertThatThrownBy(() -> MppJson.defaults().read("{\"value\":5,\"unit\":\"WORKING_WEEKS\"}",
        ProcessingTime.class))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations().get(0).rule()).isEqualTo("processingTime.unit"));
  }
}
