package id.mpp.sdk.survey;

import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.TicketId;
import static id.mpp.sdk.survey.SkmFixtures.DUKCAPIL;
import static id.mpp.sdk.survey.SkmFixtures.KK;
import static id.mpp.sdk.survey.SkmFixtures.KTP;
import static id.mpp.sdk.survey.SkmFixtures.POLRES;
import static id.mpp.sdk.survey.SkmFixtures.SKCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.time.DateRange;
import id.mpp.sdk.tracking.TrackingNumber;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.validation.MppValidator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyBookTest {

  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private final ManualClock clock = ManualClock.at(LocalDateTime.of(2026, 3, 2, 16, 0), WITA);
  private final SurveyBook book = SurveyBook.builder().site(SiteId.of("mpp-kota-makassar")).zone(WITA)
      .clock(clock).build();

  private SkmResponse rate(String ticket, ServiceCode service, AgencyId agency, String counter,
      int score) {
    SkmResponse.Builder b = SkmResponse.builder().ticketId(TicketId.of(ticket)).service(service)
        .agency(agency).counter(counter == null ? null : CounterId.of(counter.toLowerCase()))
        .answeredAt(clock.instant());
    SkmElement.nine().forEach(e -> b.score(e, score));
    return book.record(b.build());
  }

  @Test
  void record_thenFindByTicket_returnsIt() {
    SkmResponse recorded = rate("A-001", KTP, DUKCAPIL, "L01", 4);

    assertThat(book.findByTicket(TicketId.of("A-001"))).contains(recorded);
    assertThat(book.findByApplication(TrackingNumber.of("3273", DAY, 1))).isEmpty();
  }

  @Test
  void record_whenTicketRatedTwice_throwsConflictAndKeepsTheFirst() {
    rate("A-001", KTP, DUKCAPIL, "L01", 4);

    assertThatThrownBy(() -> rate("A-001", KTP, DUKCAPIL, "L01", 1))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(SurveyStore.DUPLICATE));
    assertThat(book.findIkm(SurveyQuery.of(DateRange.day(DAY))).orElseThrow().value())
        .isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void record_whenInvalid_throwsWithEveryFieldAndRecordsNothing() {
    SkmResponse bad = SkmResponse.builder().service(KTP).agency(DUKCAPIL)
        .answeredAt(clock.instant().plus(Duration.ofMinutes(5)))
        .score(SkmElement.PERILAKU_PELAKSANA, 0).build();

    assertThatThrownBy(() -> book.record(bad, MppValidator.INDONESIAN))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field, Violation::rule)
            .containsExactly(tuple("answeredAt", "skm.answeredAt.future"),
                tuple("scores.PERILAKU_PELAKSANA", "skm.score.range"),
                tuple("ticketId", "skm.subject.required")));
    assertThat(book.list(SurveyQuery.of(DateRange.day(DAY)))).isEmpty();
  }

  @Test
  void record_whenAnsweredAtIsNow_isAccepted() {
    SkmResponse response = SkmResponse.builder().ticketId(TicketId.of("A-9")).service(KTP).agency(DUKCAPIL)
        .answeredAt(clock.instant()).score(SkmElement.PERSYARATAN, 3).build();

    assertThat(book.record(response)).isEqualTo(response);
  }

  @Test
  void findIkm_whenNoResponses_isEmpty() {
    assertThat(book.findIkm(SurveyQuery.of(DateRange.day(DAY)))).isEmpty();
  }

  @Test
  void findIkm_forTheSite_countsEveryResponse() {
    // 4 + 4 + 2 + 2 on every element: NRR 3, IKM 75.00 -> C
    rate("A-1", KTP, DUKCAPIL, "L01", 4);
    rate("A-2", KK, DUKCAPIL, "L02", 4);
    rate("B-1", SKCK, POLRES, "L07", 2);
    rate("B-2", SKCK, POLRES, "L07", 2);

    IkmResult site = book.findIkm(SurveyQuery.of(DateRange.day(DAY))).orElseThrow();

    assertThat(site.respondents()).isEqualTo(4);
    assertThat(site.value()).isEqualTo(new BigDecimal("75.00"));
    assertThat(site.grade()).isEqualTo(IkmGrade.C);
  }

  @Test
  void ikmByAgency_givesOneIkmPerAgency() {
    rate("A-1", KTP, DUKCAPIL, "L01", 4);
    rate("A-2", KK, DUKCAPIL, "L02", 3);
    rate("B-1", SKCK, POLRES, "L07", 2);

    Map<AgencyId, IkmResult> byAgency = book.ikmByAgency(SurveyQuery.of(DateRange.day(DAY)));

    // dukcapil: NRR (4 + 3) / 2 = 3.5, IKM 87.50 -> B; polres: NRR 2, IKM 50.00 -> D
    assertThat(byAgency).containsOnlyKeys(DUKCAPIL, POLRES);
    assertThat(byAgency.get(DUKCAPIL).value()).isEqualTo(new BigDecimal("87.50"));
    assertThat(byAgency.get(POLRES).value()).isEqualTo(new BigDecimal("50.00"));
    assertThat(byAgency.get(POLRES).grade()).isEqualTo(IkmGrade.D);
  }

  @Test
  void ikmByService_givesOneIkmPerServiceInCodeOrder() {
    rate("B-1", SKCK, POLRES, "L07", 2);
    rate("A-1", KTP, DUKCAPIL, "L01", 4);
    rate("A-2", KK, DUKCAPIL, "L02", 3);

    Map<ServiceCode, IkmResult> byService = book.ikmByService(SurveyQuery.of(DateRange.day(DAY)));

    assertThat(byService.keySet()).containsExactly(KK, KTP, SKCK);
    assertThat(byService.get(KK).value()).isEqualTo(new BigDecimal("75.00"));
  }

  @Test
  void ikmByCounter_leavesOutResponsesWithoutCounter() {
    rate("A-1", KTP, DUKCAPIL, "L01", 4);
    rate("A-2", KTP, DUKCAPIL, null, 1);

    Map<CounterId, IkmResult> byCounter = book.ikmByCounter(SurveyQuery.of(DateRange.day(DAY)));

    assertThat(byCounter).containsOnlyKeys(CounterId.of("l01"));
  }

  @Test
  void findIkm_withFilters_narrowsToServiceAgencyAndCounter() {
    rate("A-1", KTP, DUKCAPIL, "L01", 4);
    rate("A-2", KTP, DUKCAPIL, "L02", 2);
    rate("A-3", KK, DUKCAPIL, "L01", 1);

    SurveyQuery query = SurveyQuery.of(DateRange.day(DAY)).withAgency(DUKCAPIL).withService(KTP)
        .withCounter(CounterId.of("l02"));

    assertThat(book.findIkm(query).orElseThrow().value()).isEqualTo(new BigDecimal("50.00"));
  }

  @Test
  void list_readsThePeriodInTheSiteZone() {
    // 23:30 WITA on 31 March is 15:30 UTC the same day; 00:30 WITA on 1 April is still
    // 31 March in UTC but belongs to April at the site
    clock.set(LocalDateTime.of(2026, 3, 31, 23, 30).atZone(WITA).toInstant());
    rate("M-1", KTP, DUKCAPIL, "L01", 4);
    clock.set(LocalDateTime.of(2026, 4, 1, 0, 30).atZone(WITA).toInstant());
    rate("A-1", KTP, DUKCAPIL, "L01", 2);

    assertThat(book.list(SurveyQuery.of(DateRange.month(YearMonth.of(2026, 3)))))
        .extracting(SkmResponse::ticketId).containsExactly(TicketId.of("M-1"));
    assertThat(book.list(SurveyQuery.of(DateRange.month(YearMonth.of(2026, 4)))))
        .extracting(SkmResponse::ticketId).containsExactly(TicketId.of("A-1"));
  }

  @Test
  void sampleAdequacy_comparesResponsesWithKrejcieMorgan() {
    for (int i = 0; i < 12; i++) {
      rate("A-" + i, KTP, DUKCAPIL, "L01", 3);
    }

    SampleAdequacy adequacy = book.sampleAdequacy(SurveyQuery.of(DateRange.day(DAY)), 15);

    // N = 15 -> s = 14; 12 responses: 2 short
    assertThat(adequacy.required()).isEqualTo(14);
    assertThat(adequacy.responses()).isEqualTo(12);
    assertThat(adequacy.reached()).isFalse();
    assertThat(adequacy.shortfall()).isEqualTo(2);
  }

  @Test
  void build_whenSettingsMissingOrBad_namesEveryOne() {
    assertThatThrownBy(() -> SurveyBook.builder().build())
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field).containsExactly("site", "zone", "clock"));
  }
}
