package id.mpp.sdk.survey;

import id.mpp.sdk.queue.TicketId;
import id.mpp.sdk.queue.CounterId;
import static id.mpp.sdk.survey.SkmFixtures.DUKCAPIL;
import static id.mpp.sdk.survey.SkmFixtures.KTP;
import static id.mpp.sdk.survey.SkmFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.tracking.TrackingNumber;
import id.mpp.sdk.validation.MppValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkmResponseTest {

  private static SkmResponse.Builder valid() {
    return SkmResponse.builder().ticketId(TicketId.of("B-023")).service(KTP).agency(DUKCAPIL)
        .counter(CounterId.of("loket-5"))
        .answeredAt(T0).score(SkmElement.PERSYARATAN, 4).score(SkmElement.PROSEDUR, 3);
  }

  @Test
  void violations_whenValid_isEmpty() {
    assertThat(valid().build().violations(MppValidator.ENGLISH)).isEmpty();
  }

  @Test
  void validate_whenScoresOutOfRange_namesEachElementField() {
    SkmResponse response = valid().score(SkmElement.BIAYA_TARIF, 0)
        .score(SkmElement.SARANA_PRASARANA, 5).build();

    assertThatThrownBy(() -> response.validate(MppValidator.ENGLISH))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field, Violation::rule)
            .containsExactly(tuple("scores.BIAYA_TARIF", "skm.score.range"),
                tuple("scores.SARANA_PRASARANA", "skm.score.range")));
  }

  @Test
  void validate_whenIndonesian_messageIsIndonesianAndWithoutTheValue() {
    SkmResponse response = valid().score(SkmElement.BIAYA_TARIF, 7).build();

    assertThatThrownBy(() -> response.validate(MppValidator.INDONESIAN))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .singleElement().satisfies(v -> {
              assertThat(v.message()).isEqualTo("jawaban SKM harus 1, 2, 3 atau 4");
              assertThat(v.message()).doesNotContain("7");
            }));
  }

  @Test
  void validate_whenNeitherTicketNorApplication_isRefused() {
    SkmResponse response = valid().ticketId(null).build();

    assertThat(response.violations(MppValidator.ENGLISH))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("ticketId", "skm.subject.required"));
  }

  @Test
  void validate_whenOnlyApplication_isAccepted() {
    SkmResponse response = valid().ticketId(null).trackingNumber(TrackingNumber.of("3273", java.time.LocalDate.of(2026, 3, 2), 42)).build();

    assertThat(response.violations(MppValidator.ENGLISH)).isEmpty();
  }

  @Test
  void validate_whenNoElementAnswered_isRefused() {
    SkmResponse response = valid().scores(Map.of()).build();

    assertThat(response.violations(MppValidator.ENGLISH))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("scores", "skm.scores.empty"));
  }

  @Test
  void validate_whenSeveralProblems_reportsAllAtOnce() {
    SkmResponse response = valid().ticketId(null).score(SkmElement.BIAYA_TARIF, 9)
        .respondent(new RespondentProfile("<script>", null, null, null))
        .comment("x".repeat(1001)).build();

    assertThat(response.violations(MppValidator.ENGLISH))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("comment", "Size"),
            tuple("respondent.ageBand", "skm.profile.format"),
            tuple("scores.BIAYA_TARIF", "skm.score.range"),
            tuple("ticketId", "skm.subject.required"));
  }

  @Test
  void new_whenCommentHoldsANik_masksTheDigits() {
    SkmResponse response = valid().comment("NIK saya 3201011708900001, tolong dipercepat").build();

    assertThat(response.comment()).isEqualTo("NIK saya ****************, tolong dipercepat");
  }

  @Test
  void new_whenCommentBlank_isNull() {
    assertThat(valid().comment("   ").build().comment()).isNull();
  }

  @Test
  void toString_leavesOutCommentAndProfile() {
    SkmResponse response = valid().comment("petugas ramah sekali")
        .respondent(new RespondentProfile("25-34", RespondentProfile.Sex.FEMALE, "SMA", null))
        .build();

    assertThat(response.toString()).doesNotContain("ramah").doesNotContain("FEMALE")
        .contains("B-023").contains("DUKCAPIL-KTP-EL");
  }

  @Test
  void scores_areACopy() {
    java.util.EnumMap<SkmElement, Integer> scores = new java.util.EnumMap<>(SkmElement.class);
    scores.put(SkmElement.PERSYARATAN, 4);
    SkmResponse response = new SkmResponse(TicketId.of("T-1"), null, KTP, DUKCAPIL, null, T0, scores, null,
        null);
    scores.put(SkmElement.PROSEDUR, 1);

    assertThat(response.scores()).containsOnlyKeys(SkmElement.PERSYARATAN);
    assertThat(response.score(SkmElement.PROSEDUR)).isEmpty();
  }

  @Test
  void json_roundTrip_keepsEveryFieldAndCarriesTheEnvelope() {
    SkmResponse response = valid().comment("cepat")
        .respondent(new RespondentProfile("25-34", RespondentProfile.Sex.MALE, "D4/S1", "PNS"))
        .build();

    String json = MppJson.defaults().write(response);
    SkmResponse read = MppJson.defaults().read(json, SkmResponse.class);

    assertThat(json).contains("\"apiVersion\":\"mpp.sdk/v1\"").contains("\"kind\":\"SkmResponse\"")
        .contains("\"scores\":{\"PERSYARATAN\":4,\"PROSEDUR\":3}");
    assertThat(read).isEqualTo(response);
  }

  @Test
  void json_whenElementFromANewerPeer_isReadAsUnknownAndRefusedByValidation() {
    String json = "{\"apiVersion\":\"mpp.sdk/v1\",\"kind\":\"SkmResponse\",\"ticketId\":\"T-9\","
        + "\"service\":\"DUKCAPIL-KTP-EL\",\"agency\":\"dukcapil\","
        + "\"answeredAt\":\"2026-03-02T03:00:00Z\",\"scores\":{\"PERSYARATAN\":4,\"KEAMANAN\":3}}";

    SkmResponse read = MppJson.defaults().read(json, SkmResponse.class);

    assertThat(read.violations(MppValidator.ENGLISH))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("scores", "skm.element.unknown"));
  }

  @Test
  void nine_hasNineElementsWithDistinctNumbers() {
    List<SkmElement> nine = SkmElement.nine();

    assertThat(nine).hasSize(9).doesNotContain(SkmElement.UNKNOWN);
    assertThat(nine).extracting(SkmElement::regulationNumber)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void label_givesIndonesianAndEnglishNames() {
    assertThat(SkmElement.WAKTU_PENYELESAIAN.label(MppValidator.INDONESIAN))
        .isEqualTo("Waktu Penyelesaian");
    assertThat(SkmElement.WAKTU_PENYELESAIAN.label(MppValidator.ENGLISH))
        .isEqualTo("Completion time");
  }

  @Test
  void scale_ofNumber_givesLabelledAnswer() {
    assertThat(SkmScale.of(4)).isEqualTo(SkmScale.SANGAT_BAIK);
    assertThat(SkmScale.of(2).label(MppValidator.INDONESIAN)).isEqualTo("Kurang baik");
    assertThatThrownBy(() -> SkmScale.of(5)).isInstanceOf(MppValidationException.class);
  }
}
