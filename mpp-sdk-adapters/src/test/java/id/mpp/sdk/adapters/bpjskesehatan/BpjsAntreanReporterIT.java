package id.mpp.sdk.adapters.bpjskesehatan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.adapters.support.TestHub;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.queue.EventType;
import id.mpp.sdk.queue.QueueEvent;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.TicketId;
import id.mpp.sdk.testkit.agencies.BpjsKesehatanSimulator;
import id.mpp.sdk.testkit.agencies.BpjsKesehatanSimulator.Credentials;
import id.mpp.sdk.testkit.conformance.LogCapture;
import id.mpp.sdk.testkit.simulator.AgencySimulatorExtension;
import id.mpp.sdk.testkit.simulator.FaultKind;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.validation.Nik;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BpjsAntreanReporterIT {

  private static final ServiceCode ADMISSION = ServiceCode.of("RS-DAFTAR");
  private static final ServiceCode POLI = ServiceCode.of("RS-POLI-ANA");
  private static final ServiceCode PHARMACY = ServiceCode.of("RS-FARMASI");
  private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  private static final TicketId TICKET = TicketId.of("T-0001");

  private final ManualClock clock = ManualClock.at(START, ZoneId.of("Asia/Jakarta"));

  @RegisterExtension
  final AgencySimulatorExtension<BpjsKesehatanSimulator> bpjs =
      AgencySimulatorExtension.of(() -> new BpjsKesehatanSimulator(clock));

  private TestHub hub;
  private BpjsAntreanReporter reporter;
  private long cursor;

  @BeforeEach
  void createReporter() {
    BpjsKesehatanSimulator simulator = bpjs.simulator();
    Credentials c = simulator.credentials();
    hub = TestHub.of(new BpjsKesehatanAdapterProvider(), Map.of(
        "vclaimBaseUrl", simulator.vclaimBaseUri().toString(),
        "antreanBaseUrl", simulator.antreanBaseUri().toString(),
        "consId", c.consId(), "secretKey", c.secretKey(),
        "vclaimUserKey", c.vclaimUserKey(), "antreanUserKey", c.antreanUserKey()), clock);
    reporter = BpjsAntreanReporter.create(hub.adapter(),
        BpjsTaskMapping.forJourney(ADMISSION, POLI, PHARMACY));
  }

  @AfterEach
  void closeHub() {
    hub.close();
  }

  private static AntreanBooking booking(String code) {
    return new AntreanBooking(code, true, "0001383605256", Nik.parse("3201010101900001"),
        "081234567890", "ANA", "Anak", false, "RM-123456", LocalDate.of(2026, 3, 2), 12345,
        "dr. Simulasi", "08:00-12:00", 1, "0301R0010326K000001", "A-12", 12,
        Instant.parse("2026-03-02T02:00:00Z"), 5, 30, 5, 30, "");
  }

  private void event(EventType type, ServiceCode service, Duration after) {
    event(TICKET, type, service, START.plus(after));
  }

  private void event(TicketId ticket, EventType type, ServiceCode service, Instant at) {
    cursor++;
    reporter.onEvent(new QueueEvent(cursor, type, at, SiteId.of("mpp-bandar-lampung"), ticket, "A-012",
        AgencyId.of("rs-simulasi"), service, null, null, cursor, null, null));
  }

  private void fullJourney() {
    event(EventType.TICKET_ISSUED, ADMISSION, Duration.ZERO);
    event(EventType.TICKET_CALLED, ADMISSION, Duration.ofMinutes(5));
    event(EventType.SERVING_STARTED, ADMISSION, Duration.ofMinutes(6));
    event(EventType.STEP_COMPLETED, POLI, Duration.ofMinutes(10));
    event(EventType.TICKET_CALLED, POLI, Duration.ofMinutes(30));
    event(EventType.STEP_COMPLETED, PHARMACY, Duration.ofMinutes(45));
    event(EventType.SERVING_STARTED, PHARMACY, Duration.ofMinutes(50));
    event(EventType.TICKET_DONE, PHARMACY, Duration.ofMinutes(70));
  }

  private BpjsKesehatanSimulator.Booking atBpjs(String code) {
    return bpjs.simulator().findBooking(code).orElseThrow();
  }

  @Test
  void flush_whenFullJourneyReported_sendsAddThenTasksOneToSevenInOrder() {
    reporter.register(TICKET, booking("MPP-A012"));
    fullJourney();

    BpjsAntreanReporter.FlushReport report = reporter.flush();

    assertThat(report.sent()).isEqualTo(8);
    assertThat(report.pending()).isZero();
    assertThat(atBpjs("MPP-A012").taskIds()).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(atBpjs("MPP-A012").tasks().get(0).time()).isEqualTo(START);
    assertThat(atBpjs("MPP-A012").tasks().get(6).time())
        .isEqualTo(START.plus(Duration.ofMinutes(70)));
    bpjs.simulator().journal().assertReceived(1, "POST", "/antreanrs/antrean/add");
    bpjs.simulator().journal().assertReceived(7, "POST", "/antreanrs/antrean/updatewaktu");
  }

  @Test
  void register_afterEventsOfTheTicket_sendsThemAfterAdd() {
    event(EventType.TICKET_ISSUED, ADMISSION, Duration.ZERO);
    event(EventType.TICKET_CALLED, ADMISSION, Duration.ofMinutes(5));

    reporter.register(TICKET, booking("MPP-A013"));
    reporter.flush();

    assertThat(atBpjs("MPP-A013").taskIds()).containsExactly(1, 2);
  }

  @Test
  void onEvent_whenRecalledOrCalledAgain_sendsTaskOnce() {
    reporter.register(TICKET, booking("MPP-A014"));
    event(EventType.TICKET_ISSUED, ADMISSION, Duration.ZERO);
    event(EventType.TICKET_CALLED, ADMISSION, Duration.ofMinutes(5));
    event(EventType.SERVING_STARTED, ADMISSION, Duration.ofMinutes(6));
    event(EventType.TICKET_CALLED, ADMISSION, Duration.ofMinutes(7));

    reporter.flush();

    assertThat(atBpjs("MPP-A014").taskIds()).containsExactly(1, 2);
    bpjs.simulator().journal().assertReceived(2, "POST", "/antreanrs/antrean/updatewaktu");
  }

  @Test
  void onEvent_whenTimeGoesBack_sendsPreviousTimeSoTimesNeverDecrease() {
    reporter.register(TICKET, booking("MPP-A015"));
    event(EventType.TICKET_ISSUED, ADMISSION, Duration.ofMinutes(10));
    event(EventType.TICKET_CALLED, ADMISSION, Duration.ofMinutes(9));

    reporter.flush();

    assertThat(atBpjs("MPP-A015").tasks()).extracting(BpjsKesehatanSimulator.Task::time)
        .containsExactly(START.plus(Duration.ofMinutes(10)), START.plus(Duration.ofMinutes(10)));
  }

  @Test
  void onEvent_whenReturningPatientStartsAtPoli_startsWithTaskThree() {
    reporter.register(TICKET, booking("MPP-A016"));
    event(EventType.TICKET_ISSUED, POLI, Duration.ZERO);
    event(EventType.SERVING_STARTED, POLI, Duration.ofMinutes(20));
    event(EventType.TICKET_DONE, POLI, Duration.ofMinutes(35));

    reporter.flush();

    assertThat(atBpjs("MPP-A016").taskIds()).containsExactly(3, 4, 5);
  }

  @Test
  void onEvent_whenNoShow_sendsTask99AndNothingAfter() {
    reporter.register(TICKET, booking("MPP-A017"));
    event(EventType.TICKET_ISSUED, ADMISSION, Duration.ZERO);
    event(EventType.TICKET_NO_SHOW, ADMISSION, Duration.ofMinutes(15));
    event(EventType.TICKET_CALLED, ADMISSION, Duration.ofMinutes(20));

    reporter.flush();

    assertThat(atBpjs("MPP-A017").taskIds()).containsExactly(1, 99);
  }

  @Test
  void flush_whenAgencyUnavailable_keepsEverythingInOrderForNextFlush() {
    reporter.register(TICKET, booking("MPP-A018"));
    fullJourney();
    bpjs.simulator().failAlways(FaultKind.SERVICE_UNAVAILABLE);

    BpjsAntreanReporter.FlushReport during = reporter.flush();
    long seenDuringOutage = bpjs.simulator().journal().total();
    bpjs.simulator().clearFaults();
    int sent = 0;
    for (int round = 0; round < 5 && reporter.pending() > 0; round++) {
      // the circuit breaker may hold calls back for its open period after the outage
      sent += reporter.flush().sent();
      clock.advance(Duration.ofSeconds(31));
    }

    assertThat(during.deferred()).isEqualTo(1);
    assertThat(during.pending()).isEqualTo(8);
    assertThat(seenDuringOutage).as("attempts of the first message only").isBetween(2L, 3L);
    assertThat(sent).isEqualTo(8);
    assertThat(reporter.pending()).isZero();
    assertThat(reporter.deadLetters()).isEmpty();
    assertThat(atBpjs("MPP-A018").taskIds()).containsExactly(1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void flush_whenAnswerLostAfterBpjsRecordedTask_deliversTaskOnce() {
    reporter.register(TICKET, booking("MPP-A019"));
    event(EventType.TICKET_ISSUED, ADMISSION, Duration.ZERO);
    reporter.flush();
    event(EventType.TICKET_CALLED, ADMISSION, Duration.ofMinutes(5));
    bpjs.simulator().failNext(FaultKind.CONNECTION_RESET_AFTER_PROCESSING, 1);

    BpjsAntreanReporter.FlushReport report = reporter.flush();

    assertThat(report.duplicates() + report.sent()).isEqualTo(1);
    assertThat(report.pending()).isZero();
    assertThat(atBpjs("MPP-A019").taskIds()).containsExactly(1, 2);
    assertThat(reporter.deadLetters()).isEmpty();
  }

  @Test
  void flush_whenBpjsRefusesTask_movesItToDeadLettersWithBpjsMessage() {
    BpjsAntreanReporter strict = BpjsAntreanReporter.create(hub.adapter(),
        BpjsTaskMapping.builder().on(EventType.TICKET_ISSUED, ADMISSION, 4).build());
    strict.register(TICKET, booking("MPP-A020"));
    cursor++;
    strict.onEvent(new QueueEvent(cursor, EventType.TICKET_ISSUED, START, SiteId.of("mpp-bandar-lampung"),
        TICKET, "A-012", AgencyId.of("rs-simulasi"), ADMISSION, null, null, 1, null, null));

    BpjsAntreanReporter.FlushReport report = strict.flush();

    assertThat(report.rejected()).isEqualTo(1);
    assertThat(strict.deadLetters()).singleElement().satisfies(d -> {
      assertThat(d.bookingCode()).isEqualTo("MPP-A020");
      assertThat(d.message()).isEqualTo("antrean/updatewaktu task 4");
      assertThat(d.agencyMessage()).contains("belum ada");
    });
    assertThat(atBpjs("MPP-A020").taskIds()).isEmpty();
  }

  @Test
  void cancel_whenRegistered_sendsBatal() {
    reporter.register(TICKET, booking("MPP-A021"));
    reporter.cancel(TICKET, "pasien membatalkan");

    reporter.flush();

    assertThat(atBpjs("MPP-A021").cancelled()).isTrue();
    assertThat(atBpjs("MPP-A021").cancelReason()).isEqualTo("pasien membatalkan");
  }

  @Test
  void register_whenBookingCodeUsedByOtherTicket_refusesWithConflict() {
    reporter.register(TICKET, booking("MPP-A022"));

    assertThatThrownBy(() -> reporter.register(TicketId.of("T-0002"), booking("MPP-A022")))
        .isInstanceOf(ConflictException.class);
    reporter.register(TICKET, booking("MPP-A022"));
    assertThat(reporter.pending()).isEqualTo(1);
  }

  @Test
  void acknowledgedCursor_whenTasksPending_staysBeforeTheFirstPendingEvent() {
    reporter.register(TICKET, booking("MPP-A023"));
    event(EventType.TICKET_ISSUED, ADMISSION, Duration.ZERO);
    event(EventType.TICKET_CALLED, ADMISSION, Duration.ofMinutes(5));

    long before = reporter.acknowledgedCursor();
    reporter.flush();

    assertThat(before).isZero();
    assertThat(reporter.acknowledgedCursor()).isEqualTo(2);
  }

  @Test
  void flush_whenFailing_logsNoPersonalData() {
    reporter.register(TICKET, booking("MPP-A024"));
    fullJourney();
    bpjs.simulator().failAlways(FaultKind.SERVER_ERROR);
    String logged;
    try (LogCapture log = LogCapture.start()) {
      reporter.flush();
      logged = log.text();
    }

    assertThat(logged).contains("MPP-A024").doesNotContain("3201010101900001")
        .doesNotContain("0001383605256").doesNotContain("081234567890");
    assertThat(booking("MPP-A024").toString()).doesNotContain("3201010101900001");
  }
}
