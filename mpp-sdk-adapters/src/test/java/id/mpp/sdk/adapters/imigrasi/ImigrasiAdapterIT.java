package id.mpp.sdk.adapters.imigrasi;

import static id.mpp.sdk.adapters.imigrasi.ImigrasiAdapterContractIT.NIK;
import static id.mpp.sdk.adapters.imigrasi.ImigrasiAdapterContractIT.PASSPORT;
import static id.mpp.sdk.adapters.imigrasi.ImigrasiAdapterContractIT.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.mpp.sdk.AgencyAuthenticationException;
import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.QuotaExceededException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.adapter.AgencyQuota;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.AppointmentConfirmation;
import id.mpp.sdk.adapter.AppointmentRequest;
import id.mpp.sdk.adapter.AppointmentSlot;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.adapters.support.TestHub;
import id.mpp.sdk.catalogue.FeeItem;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.catalogue.ServiceCompleteness;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.testkit.agencies.ImigrasiSimulator;
import id.mpp.sdk.testkit.simulator.AgencySimulatorExtension;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Imigrasi rules beyond the kit: quotas at the boundary, the passport flow, fees, signing. */
class ImigrasiAdapterIT {

  private static final LocalTime EIGHT = LocalTime.of(8, 0);
  private static final LocalTime TEN = LocalTime.of(10, 0);
  private static final String BOOKINGS = "/paspor/v1/kantor/KANIM-BDL/janji-temu";
  private static final String[] NIKS = {"1871014101900003", "1871015202910004",
      "1871016303920005", "1871017404930006"};

  private final ManualClock clock =
      ManualClock.at(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Jakarta"));

  @RegisterExtension
  final AgencySimulatorExtension<ImigrasiSimulator> kanim = AgencySimulatorExtension.of(
      () -> ImigrasiAdapterContractIT.simulatorFor(clock));

  private TestHub hub;

  private ImigrasiAdapter adapter(Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>(
        ImigrasiAdapterContractIT.settingsFor(simulator()));
    settings.putAll(overrides);
    hub = TestHub.of(new ImigrasiAdapterProvider(), settings, clock);
    return (ImigrasiAdapter) hub.adapter();
  }

  private ImigrasiAdapter adapter() {
    return adapter(Map.of());
  }

  @AfterEach
  void closeHub() {
    if (hub != null) {
      hub.close();
    }
  }

  private ImigrasiSimulator simulator() {
    return kanim.simulator();
  }

  private static AppointmentRequest booking(int citizen, LocalDate date, LocalTime start) {
    return new AppointmentRequest(PASSPORT, date, start, Nik.parse(NIKS[citizen]),
        "MPP-20260302-000" + citizen, "book-" + citizen + "-" + date + "-" + start);
  }

  private static ApplicationSubmission application(String key, Map<String, String> fields) {
    return new ApplicationSubmission("MPP-20260302-0001", PASSPORT,
        new Applicant(Nik.parse(NIK), "Siti Aminah", null, null), List.of(), fields, key,
        Instant.parse("2026-03-02T01:00:00Z"));
  }

  /** Books a session for the citizen, then applies for a passport with that booking. */
  private static SubmissionReceipt appliedFor(ImigrasiAdapter adapter, String passportType) {
    String booking = adapter.book(booking(0, TUESDAY, EIGHT)).bookingReference();
    return adapter.submit(application("app-1",
        Map.of("jenisPaspor", passportType, "kodeBooking", booking)));
  }

  // ---------------------------------------------------------------- quota and slots

  @Test
  void book_whenTheDaysQuotaIsFull_isRefusedTypedAtTheBoundary() {
    simulator().setDailyQuota(PASSPORT.value(), TUESDAY, 2);
    ImigrasiAdapter adapter = adapter();
    adapter.book(booking(0, TUESDAY, EIGHT));
    adapter.book(booking(1, TUESDAY, TEN));

    Throwable thrown = catchThrowable(() -> adapter.book(booking(2, TUESDAY, EIGHT)));

    assertThat(thrown).isInstanceOf(QuotaExceededException.class);
    assertThat(((QuotaExceededException) thrown).quota()).isEqualTo("daily_quota");
    assertThat(thrown.getMessage()).doesNotContain(NIKS[2]);
    AgencyQuota quota = adapter.getQuota(PASSPORT, TUESDAY);
    assertThat(quota.total()).isEqualTo(2);
    assertThat(quota.remaining()).isZero();
    assertThat(simulator().bookings()).hasSize(2);
    simulator().journal().assertReceived(3, "POST", BOOKINGS);
  }

  @Test
  void book_whenTheSessionIsFull_isRefusedAndAnotherSessionStillBooks() {
    simulator().setSlotCapacity(1);
    ImigrasiAdapter adapter = adapter();
    adapter.book(booking(0, TUESDAY, EIGHT));

    Throwable thrown = catchThrowable(() -> adapter.book(booking(1, TUESDAY, EIGHT)));
    AppointmentConfirmation other = adapter.book(booking(1, TUESDAY, TEN));

    assertThat(((QuotaExceededException) thrown).quota()).isEqualTo("slot");
    assertThat(other.start()).isEqualTo(TEN);
    assertThat(simulator().bookings()).hasSize(2);
  }

  @Test
  void book_whenOnePlaceIsLeft_takesItAndTheQuotaIsExhausted() {
    simulator().setDailyQuota(PASSPORT.value(), TUESDAY, 1);
    ImigrasiAdapter adapter = adapter();

    AppointmentConfirmation confirmation = adapter.book(booking(0, TUESDAY, EIGHT));

    assertThat(confirmation.bookingReference()).startsWith("JT-");
    assertThat(confirmation.end()).isEqualTo(LocalTime.of(10, 0));
    assertThat(adapter.getQuota(PASSPORT, TUESDAY).remaining()).isZero();
    assertThat(adapter.listSlots(PASSPORT, TUESDAY, TUESDAY))
        .allSatisfy(s -> assertThat(s.available()).isZero());
  }

  @Test
  void book_whenRepeatedWithTheSameKey_holdsOneBooking() {
    ImigrasiAdapter adapter = adapter();

    AppointmentConfirmation first = adapter.book(booking(0, TUESDAY, EIGHT));
    AppointmentConfirmation again = adapter.book(booking(0, TUESDAY, EIGHT));

    assertThat(again).isEqualTo(first);
    assertThat(simulator().bookings()).hasSize(1);
  }

  @Test
  void book_whenToday_isRefusedByTheOffice() {
    Throwable thrown = catchThrowable(() -> adapter().book(booking(0,
        LocalDate.of(2026, 3, 2), TEN)));

    assertThat(((AgencyRejectedException) thrown).agencyCode())
        .contains("JADWAL_TIDAK_TERSEDIA");
    assertThat(simulator().bookings()).isEmpty();
  }

  @Test
  void book_withoutNik_isRefusedBeforeSending() {
    Throwable thrown = catchThrowable(() -> adapter().book(new AppointmentRequest(PASSPORT,
        TUESDAY, EIGHT, null, null, "book-1")));

    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactly("nik");
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void cancelBooking_whenHeld_freesThePlace() {
    simulator().setDailyQuota(PASSPORT.value(), TUESDAY, 1);
    ImigrasiAdapter adapter = adapter();
    AppointmentConfirmation held = adapter.book(booking(0, TUESDAY, EIGHT));

    adapter.cancelBooking(held.bookingReference(), "cancel-1");

    assertThat(adapter.getQuota(PASSPORT, TUESDAY).remaining()).isEqualTo(1);
    assertThat(adapter.book(booking(1, TUESDAY, EIGHT)).bookingReference())
        .isNotEqualTo(held.bookingReference());
  }

  @Test
  void cancelBooking_whenUnknown_isNotFound() {
    assertThat(catchThrowable(() -> adapter().cancelBooking("JT-00009999", "cancel-1")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void listSlots_overAWeek_skipsTheWeekendAndShowsThreeSessionsADay() {
    List<AppointmentSlot> slots = adapter().listSlots(PASSPORT, TUESDAY,
        LocalDate.of(2026, 3, 9));

    assertThat(slots).hasSize(5 * 3);
    assertThat(slots).extracting(AppointmentSlot::date).doesNotContain(
        LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8));
    assertThat(slots.get(0).start()).isEqualTo(EIGHT);
    assertThat(slots.get(0).available()).isEqualTo(10);
  }

  @Test
  void listSlots_whenRangeBackwardsOrTooLong_isRefusedBeforeSending() {
    ImigrasiAdapter adapter = adapter();

    Throwable backwards = catchThrowable(() -> adapter.listSlots(PASSPORT, TUESDAY,
        TUESDAY.minusDays(1)));
    Throwable tooLong = catchThrowable(() -> adapter.listSlots(PASSPORT, TUESDAY,
        TUESDAY.plusDays(31)));

    assertThat(backwards).isInstanceOf(MppValidationException.class);
    assertThat(tooLong).isInstanceOf(MppValidationException.class);
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void getQuota_onASaturday_isNotFound() {
    assertThat(catchThrowable(() -> adapter().getQuota(PASSPORT, LocalDate.of(2026, 3, 7))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void getQuota_forAServiceNotOffered_isRefusedBeforeSending() {
    Throwable thrown = catchThrowable(() -> adapter().getQuota(ServiceCode.of("IMIGRASI-VISA"),
        TUESDAY));

    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::rule)
        .containsExactly("imigrasi.serviceCode.unknown");
    assertThat(simulator().journal().total()).isZero();
  }

  // ---------------------------------------------------------------- passport applications

  @Test
  void status_followsThePassportFlowFromAppointmentToCollection() {
    ImigrasiAdapter adapter = adapter();
    SubmissionReceipt receipt = appliedFor(adapter, "ELEKTRONIK_48");
    String id = receipt.agencyReference();
    List<String> natives = new ArrayList<>();
    List<ApplicationStatus> canonical = new ArrayList<>();
    for (int step = 1; step < ImigrasiSimulator.FLOW.size(); step++) {
      simulator().advance(id);
      AgencyStatusReport report = adapter.getStatus(id);
      natives.add(report.nativeStatus());
      canonical.add(report.status());
    }

    assertThat(receipt.status()).isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(receipt.findNote()).contains("PNBP Rp650.000");
    assertThat(natives).containsExactly("PEMERIKSAAN_BERKAS", "FOTO_WAWANCARA",
        "MENUNGGU_PEMBAYARAN", "PENCETAKAN", "SIAP_DIAMBIL", "DIAMBIL");
    assertThat(canonical).containsExactly(ApplicationStatus.IN_PROCESS,
        ApplicationStatus.IN_PROCESS, ApplicationStatus.IN_PROCESS, ApplicationStatus.IN_PROCESS,
        ApplicationStatus.READY_FOR_PICKUP, ApplicationStatus.COMPLETED);
  }

  @Test
  void status_whenDocumentsReturned_needsRevisionWithTheNote() {
    ImigrasiAdapter adapter = adapter();
    String id = appliedFor(adapter, "BIASA_48").agencyReference();

    simulator().returnDocuments(id, "Akta kelahiran tidak terbaca");
    AgencyStatusReport report = adapter.getStatus(id);

    assertThat(report.status()).isEqualTo(ApplicationStatus.NEEDS_REVISION);
    assertThat(report.findNote()).contains("Akta kelahiran tidak terbaca");
  }

  @Test
  void submit_whenFieldsWrong_reportsBothTogetherAndSendsNothing() {
    Throwable thrown = catchThrowable(() -> adapter().submit(application("app-1",
        Map.of("jenisPaspor", "DIPLOMATIK"))));

    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactly("fields.jenisPaspor", "fields.kodeBooking");
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void submit_whenBookingUnknown_isRejectedAndNothingHeld() {
    Throwable thrown = catchThrowable(() -> adapter().submit(application("app-1",
        Map.of("jenisPaspor", "BIASA_48", "kodeBooking", "JT-00009999"))));

    assertThat(((AgencyRejectedException) thrown).agencyCode())
        .contains("JANJI_TEMU_TIDAK_DITEMUKAN");
    assertThat(simulator().applications()).isEmpty();
  }

  @Test
  void cancel_beforePrinting_isCancelledAndFreesTheBooking() {
    ImigrasiAdapter adapter = adapter();
    String id = appliedFor(adapter, "BIASA_48").agencyReference();

    AgencyStatusReport cancelled = adapter.cancel(id, "batal berangkat", "cancel-1");

    assertThat(cancelled.status()).isEqualTo(ApplicationStatus.CANCELLED);
    assertThat(simulator().bookings()).isEmpty();
  }

  @Test
  void cancel_oncePrinting_isRefused() {
    ImigrasiAdapter adapter = adapter();
    String id = appliedFor(adapter, "BIASA_48").agencyReference();
    for (int i = 0; i < 4; i++) {
      simulator().advance(id);
    }

    Throwable thrown = catchThrowable(() -> adapter.cancel(id, "batal", "cancel-1"));

    assertThat(((AgencyRejectedException) thrown).agencyCode())
        .contains("TIDAK_DAPAT_DIBATALKAN");
    assertThat(adapter.getStatus(id).nativeStatus()).isEqualTo("PENCETAKAN");
  }

  // ---------------------------------------------------------------- fees, signing

  @Test
  void listServices_publishesTheConfiguredPnbpPerPassportType() {
    ImigrasiAdapter adapter = adapter(Map.of("feePolycarbonate", "700000"));

    ServiceDefinition passport = adapter.listServices().get(0);

    assertThat(ServiceCompleteness.of(passport).complete()).isTrue();
    assertThat(passport.delivery().fee().legalBasis().citation())
        .isEqualTo("PP No. 28 Tahun 2019");
    assertThat(passport.delivery().fee().items()).extracting(FeeItem::amount).containsExactly(
        Rupiah.of(350_000), Rupiah.of(650_000), Rupiah.of(700_000));
    assertThat(adapter.fee(PassportType.ELECTRONIC_POLYCARBONATE)).isEqualTo(Rupiah.of(700_000));
  }

  @Test
  void calls_whenSigned_carryKeyIdTimestampAndSignature() {
    adapter().getQuota(PASSPORT, TUESDAY);

    assertThat(simulator().journal().requests()).singleElement().satisfies(r -> {
      assertThat(r.header("X-Key-Id")).contains(ImigrasiAdapterContractIT.KEY_ID);
      assertThat(r.header("X-Timestamp")).contains(String.valueOf(clock.instant()
          .getEpochSecond()));
      assertThat(r.header("X-Signature")).isPresent();
    });
  }

  @Test
  void calls_whenSecretWrong_areAuthenticationErrors() {
    Throwable thrown = catchThrowable(() -> adapter(Map.of("signingSecret",
        "another-signing-secret")).getQuota(PASSPORT, TUESDAY));

    assertThat(thrown).isInstanceOf(AgencyAuthenticationException.class);
    assertThat(thrown.getMessage()).doesNotContain("another-signing-secret");
  }

  @Test
  void calls_whenMppClockIsSixMinutesOff_areRefusedAsStale() {
    ImigrasiAdapter adapter = adapter();
    ManualClock officeClock = ManualClock.at(clock.instant().plus(Duration.ofMinutes(6)),
        ZoneId.of("Asia/Jakarta"));
    try (ImigrasiSimulator office = ImigrasiAdapterContractIT.simulatorFor(officeClock)) {
      office.start();
      TestHub skewed = TestHub.of(new ImigrasiAdapterProvider(),
          ImigrasiAdapterContractIT.settingsFor(office), clock);
      try {
        Throwable thrown = catchThrowable(() -> ((ImigrasiAdapter) skewed.adapter())
            .getQuota(PASSPORT, TUESDAY));

        assertThat(thrown).isInstanceOf(AgencyAuthenticationException.class);
        assertThat(office.journal().total()).isEqualTo(1);
      } finally {
        skewed.close();
      }
    }
    assertThat(adapter.getQuota(PASSPORT, TUESDAY).total()).isEqualTo(30);
  }
}
