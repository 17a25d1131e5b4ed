package id.mpp.sdk.adapters.kemenag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.mpp.sdk.AgencyAuthenticationException;
import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.adapters.support.TestHub;
import id.mpp.sdk.catalogue.FeeItem;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.catalogue.ServiceCompleteness;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.testkit.agencies.KemenagSimulator;
import id.mpp.sdk.testkit.agencies.KemenagSimulator.HajjPortion;
import id.mpp.sdk.testkit.simulator.AgencySimulatorExtension;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
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

/** Kemenag rules beyond the kit: notice period, PNBP, the KUA flow, bad input, hajj queue. */
class KemenagAdapterIT {

  private static final String KEY = "kemenag-test-api-key";
  private static final String KUA = "KUA-187101";
  private static final String GROOM = "1871010101900005";
  private static final String BRIDE = "1871014101900003";
  private static final String BRIDE_NAME = "Siti Aminah";
  private static final String PORSI = "0800123456";
  /** Monday 2 March 2026, 08:00 WIB. */
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private final ManualClock clock =
      ManualClock.at(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Jakarta"));

  @RegisterExtension
  final AgencySimulatorExtension<KemenagSimulator> kemenag =
      AgencySimulatorExtension.of(() -> new KemenagSimulator(clock, KEY, KUA));

  private TestHub hub;

  private KemenagAdapter adapter(Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>(Map.of(
        "baseUrl", kemenag.simulator().baseUri().toString(), "apiKey", KEY, "kuaCode", KUA));
    settings.putAll(overrides);
    hub = TestHub.of(new KemenagAdapterProvider(), settings, clock);
    return (KemenagAdapter) hub.adapter();
  }

  private KemenagAdapter adapter() {
    return adapter(Map.of());
  }

  @AfterEach
  void closeHub() {
    if (hub != null) {
      hub.close();
    }
  }

  private KemenagSimulator simulator() {
    return kemenag.simulator();
  }

  private static Map<String, String> atKua(String date, String time) {
    return Map.of("nikCalonSuami", GROOM, "nikCalonIstri", BRIDE, "tanggalAkad", date,
        "jamAkad", time, "tempatAkad", "KUA");
  }

  private static ApplicationSubmission submission(String key, Map<String, String> fields) {
    return new ApplicationSubmission("MPP-20260302-0021", KemenagAdapter.MARRIAGE,
        new Applicant(Nik.parse(BRIDE), BRIDE_NAME, null, null), List.of(), fields, key,
        Instant.parse("2026-03-02T01:00:00Z"));
  }

  // ---------------------------------------------------------------- notice period

  @Test
  void earliestAkadDate_whenRegisteredOnMonday_isTheTuesdayAfterTenWorkingDays() {
    assertThat(adapter().earliestAkadDate(TODAY)).isEqualTo(LocalDate.of(2026, 3, 17));
  }

  @Test
  void earliestAkadDate_whenNyepiAndIdulFitriFallInBetween_isPushedBack() {
    // Counting weekdays only, registration on 16 March would allow 31 March.
    assertThat(adapter().earliestAkadDate(LocalDate.of(2026, 3, 16)))
        .isAfter(LocalDate.of(2026, 3, 31));
  }

  @Test
  void submit_whenAkadIsTooSoon_isRefusedUnderTanggalAkadBeforeSending() {
    Throwable thrown = catchThrowable(() -> adapter().submit(submission("sub-1",
        atKua("2026-03-16", "09:00"))));

    assertThat(((MppValidationException) thrown).violations()).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("fields.tanggalAkad");
      assertThat(v.rule()).isEqualTo("kemenag.notice");
      assertThat(v.message()).contains("2026-03-17");
    });
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void submit_whenAkadIsOnTheEarliestDay_isReceived() {
    SubmissionReceipt receipt = adapter().submit(submission("sub-1",
        atKua("2026-03-17", "09:00")));

    assertThat(receipt.status()).isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(receipt.nativeStatus()).isEqualTo("DIDAFTARKAN");
    assertThat(simulator().registrationCount()).isEqualTo(1);
  }

  @Test
  void submit_whenConfiguredNoticeIsShorterThanTheKuas_isRejectedByTheKua() {
    Throwable thrown = catchThrowable(() -> adapter(Map.of("minimumNoticeWorkingDays", "5"))
        .submit(submission("sub-1", atKua("2026-03-12", "09:00"))));

    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("PEMBERITAHUAN_KURANG");
    assertThat(thrown.getMessage()).doesNotContain(GROOM).doesNotContain(BRIDE);
    assertThat(simulator().registrationCount()).isZero();
  }

  // ---------------------------------------------------------------- fee

  @Test
  void marriageFee_atKuaInOfficeHours_isFree() {
    assertThat(adapter().marriageFee(MarriageVenue.AT_KUA, LocalDate.of(2026, 4, 22),
        LocalTime.of(9, 0))).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void marriageFee_outsideKuaOrOfficeHoursOrOnSaturday_isThePnbp() {
    KemenagAdapter adapter = adapter();
    LocalDate wednesday = LocalDate.of(2026, 4, 22);

    assertThat(adapter.marriageFee(MarriageVenue.OUTSIDE_KUA, wednesday, LocalTime.of(9, 0)))
        .isEqualTo(Rupiah.of(600_000));
    assertThat(adapter.marriageFee(MarriageVenue.AT_KUA, wednesday, LocalTime.of(16, 0)))
        .isEqualTo(Rupiah.of(600_000));
    assertThat(adapter.marriageFee(MarriageVenue.AT_KUA, LocalDate.of(2026, 4, 25),
        LocalTime.of(9, 0))).isEqualTo(Rupiah.of(600_000));
  }

  @Test
  void submit_outsideKua_isBilledThePnbpTheAdapterComputes() {
    KemenagAdapter adapter = adapter();
    Map<String, String> fields = new HashMap<>(atKua("2026-04-22", "10:00"));
    fields.put("tempatAkad", "LUAR_KUA");
    fields.put("alamatAkad", "Masjid Al-Furqon, Bandar Lampung");

    SubmissionReceipt receipt = adapter.submit(submission("sub-1", fields));

    Rupiah expected = adapter.marriageFee(MarriageVenue.OUTSIDE_KUA, LocalDate.of(2026, 4, 22),
        LocalTime.of(10, 0));
    assertThat(simulator().registrations()).singleElement()
        .satisfies(r -> assertThat(r.fee()).isEqualTo(expected));
    assertThat(receipt.findNote()).contains("PNBP " + expected);
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void submit_whenFieldsWrong_reportsEveryFieldWithoutValuesAndSendsNothing() {
    Throwable thrown = catchThrowable(() -> adapter().submit(submission("sub-1", Map.of(
        "nikCalonSuami", BRIDE, "nikCalonIstri", "18710141019", "tanggalAkad", "22-04-2026",
        "jamAkad", "jam sembilan", "tempatAkad", "MASJID"))));

    List<Violation> violations = ((MppValidationException) thrown).violations();
    assertThat(violations).extracting(Violation::field).containsExactlyInAnyOrder(
        "fields.nikCalonSuami", "fields.nikCalonIstri", "fields.tanggalAkad", "fields.jamAkad",
        "fields.tempatAkad");
    assertThat(violations).filteredOn(v -> v.field().equals("fields.nikCalonSuami"))
        .extracting(Violation::rule).containsExactly("kemenag.nik.sex");
    assertThat(thrown.getMessage()).doesNotContain(BRIDE).doesNotContain("18710141019")
        .doesNotContain("22-04-2026").doesNotContain("MASJID");
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void submit_outsideKuaWithoutAddress_isRefusedNamingTheAddress() {
    Map<String, String> fields = new HashMap<>(atKua("2026-04-22", "10:00"));
    fields.put("tempatAkad", "LUAR_KUA");

    Throwable thrown = catchThrowable(() -> adapter().submit(submission("sub-1", fields)));

    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactly("fields.alamatAkad");
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void submit_whenKuaCodeIsAnotherKuas_isRejected() {
    Throwable thrown = catchThrowable(() -> adapter(Map.of("kuaCode", "KUA-187102"))
        .submit(submission("sub-1", atKua("2026-04-22", "09:00"))));

    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("KUA_TIDAK_DIKENAL");
    assertThat(simulator().registrationCount()).isZero();
  }

  // ---------------------------------------------------------------- status flow

  @Test
  void status_whenFree_followsRegistrationToRecordedMarriage() {
    KemenagAdapter adapter = adapter();
    SubmissionReceipt receipt = adapter.submit(submission("sub-1", atKua("2026-04-22", "09:00")));
    List<String> natives = new ArrayList<>(List.of(receipt.nativeStatus()));
    List<ApplicationStatus> seen = new ArrayList<>(List.of(receipt.status()));
    for (int i = 0; i < 4; i++) {
      simulator().advance(receipt.agencyReference());
      AgencyStatusReport r = adapter.getStatus(receipt.agencyReference());
      natives.add(r.nativeStatus());
      seen.add(r.status());
    }

    assertThat(natives).containsExactly("DIDAFTARKAN", "PEMERIKSAAN", "PENGUMUMAN", "SIAP_AKAD",
        "TERCATAT");
    assertThat(seen).containsExactly(ApplicationStatus.RECEIVED, ApplicationStatus.IN_PROCESS,
        ApplicationStatus.IN_PROCESS, ApplicationStatus.IN_PROCESS, ApplicationStatus.COMPLETED);
  }

  @Test
  void status_whenPnbpDue_waitsForPaymentThenGoesOn() {
    KemenagAdapter adapter = adapter();
    String ref = adapter.submit(submission("sub-1", atKua("2026-04-22", "19:30")))
        .agencyReference();
    simulator().advance(ref);
    simulator().advance(ref);

    AgencyStatusReport waiting = adapter.getStatus(ref);
    simulator().recordPayment(ref);
    AgencyStatusReport paid = adapter.getStatus(ref);

    assertThat(waiting.nativeStatus()).isEqualTo("MENUNGGU_PEMBAYARAN");
    assertThat(waiting.status()).isEqualTo(ApplicationStatus.IN_PROCESS);
    assertThat(waiting.findNote()).contains("PNBP Rp600.000");
    assertThat(paid.nativeStatus()).isEqualTo("PENGUMUMAN");
  }

  @Test
  void status_whenFilesReturned_needsRevisionWithTheNote() {
    KemenagAdapter adapter = adapter();
    String ref = adapter.submit(submission("sub-1", atKua("2026-04-22", "09:00")))
        .agencyReference();
    simulator().advance(ref);
    simulator().returnFiles(ref, "Formulir N5 izin orang tua belum ada");

    AgencyStatusReport report = adapter.getStatus(ref);

    assertThat(report.status()).isEqualTo(ApplicationStatus.NEEDS_REVISION);
    assertThat(report.findNote()).contains("Formulir N5 izin orang tua belum ada");
  }

  @Test
  void status_whenKuaRefuses_isRejected() {
    KemenagAdapter adapter = adapter();
    String ref = adapter.submit(submission("sub-1", atKua("2026-04-22", "09:00")))
        .agencyReference();
    simulator().reject(ref, "Wali nasab tidak memenuhi syarat");

    assertThat(adapter.getStatus(ref).status()).isEqualTo(ApplicationStatus.REJECTED);
  }

  @Test
  void cancel_afterMarriageRecorded_isRefusedAndStaysCompleted() {
    KemenagAdapter adapter = adapter();
    String ref = adapter.submit(submission("sub-1", atKua("2026-04-22", "09:00")))
        .agencyReference();
    for (int i = 0; i < 4; i++) {
      simulator().advance(ref);
    }

    Throwable thrown = catchThrowable(() -> adapter.cancel(ref, "batal", "cancel-1"));

    assertThat(((AgencyRejectedException) thrown).agencyCode())
        .contains("TIDAK_DAPAT_DIBATALKAN");
    assertThat(adapter.getStatus(ref).status()).isEqualTo(ApplicationStatus.COMPLETED);
  }

  // ---------------------------------------------------------------- hajj

  @Test
  void getHajjQueue_givesTheEstimatedDepartureYear() {
    simulator().addPortion(HajjPortion.waiting(PORSI, LocalDate.of(2012, 5, 14), 2041));

    HajjQueuePosition position = adapter().getHajjQueue(PORSI);

    assertThat(position.province()).isEqualTo("Lampung");
    assertThat(position.registeredOn()).isEqualTo(LocalDate.of(2012, 5, 14));
    assertThat(position.estimatedDepartureYear()).isEqualTo(2041);
    assertThat(position.status()).isEqualTo(HajjQueuePosition.Status.WAITING);
    assertThat(position.yearsToWait(TODAY)).isEqualTo(15);
  }

  @Test
  void getHajjQueue_whenCalledUpThisSeason_saysSo() {
    simulator().addPortion(new HajjPortion(PORSI, "Lampung", LocalDate.of(2012, 5, 14), 2026,
        "BERANGKAT_TAHUN_BERJALAN"));

    HajjQueuePosition position = adapter().getHajjQueue(PORSI);

    assertThat(position.status()).isEqualTo(HajjQueuePosition.Status.CALLED_UP);
    assertThat(position.yearsToWait(TODAY)).isZero();
  }

  @Test
  void getHajjQueue_whenUnknown_isNotFound() {
    Throwable thrown = catchThrowable(() -> adapter().getHajjQueue(PORSI));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertThat(simulator().journal().total()).isEqualTo(1);
  }

  @Test
  void getHajjQueue_whenMalformed_isRefusedBeforeSending() {
    Throwable thrown = catchThrowable(() -> adapter().getHajjQueue("08001/../1"));

    assertThat(((MppValidationException) thrown).violations()).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("portionNumber");
      assertThat(v.message()).doesNotContain("08001");
    });
    assertThat(simulator().journal().total()).isZero();
  }

  // ---------------------------------------------------------------- auth, catalogue

  @Test
  void calls_whenApiKeyWrong_areAuthenticationErrors() {
    Throwable thrown = catchThrowable(() -> adapter(Map.of("apiKey", "another-api-key"))
        .getHajjQueue(PORSI));

    assertThat(thrown).isInstanceOf(AgencyAuthenticationException.class);
    assertThat(thrown.getMessage()).doesNotContain("another-api-key");
  }

  @Test
  void listServices_publishesCompleteStandardsWithTheConfiguredPnbp() {
    List<ServiceDefinition> services = adapter(Map.of("feeOutsideKua", "650000"))
        .listServices();

    assertThat(services).extracting(s -> s.code().value()).containsExactly(
        "KEMENAG-PENDAFTARAN-NIKAH", "KEMENAG-INFO-PORSI-HAJI");
    assertThat(services).allSatisfy(s ->
        assertThat(ServiceCompleteness.of(s).complete()).as(s.code().value()).isTrue());
    assertThat(services.get(0).delivery().fee().items()).extracting(FeeItem::amount)
        .containsExactly(Rupiah.ZERO, Rupiah.of(650_000));
    assertThat(services.get(1).delivery().fee().free()).isTrue();
    assertThat(simulator().journal().total()).isZero();
  }
}
