package id.mpp.sdk.adapters.pengadilanagama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.mpp.sdk.AgencyAuthenticationException;
import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.adapters.support.TestHub;
import id.mpp.sdk.catalogue.FeeItem;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.catalogue.ServiceCompleteness;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.testkit.agencies.PengadilanAgamaSimulator;
import id.mpp.sdk.testkit.simulator.AgencySimulatorExtension;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pengadilan Agama rules beyond the kit: panjar, parties, the case's course, bad input, HMAC. */
class PengadilanAgamaAdapterIT {

  private static final String KEY_ID = "mpp-bandar-lampung";
  private static final String SECRET = "pa-test-signing-secret-value";
  private static final String COURT = "PA-TNK";
  private static final String WIFE = "1871014101900003";
  private static final String WIFE_NAME = "Siti Aminah";
  private static final String HUSBAND = "1871010101900005";
  private static final ServiceCode CERAI_GUGAT = ServiceCode.of("PA-CERAI-GUGAT");
  private static final ServiceCode ISBAT = ServiceCode.of("PA-ISBAT-NIKAH");

  private final ManualClock clock =
      ManualClock.at(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Jakarta"));

  @RegisterExtension
  final AgencySimulatorExtension<PengadilanAgamaSimulator> court = AgencySimulatorExtension.of(
      () -> new PengadilanAgamaSimulator(clock, KEY_ID, SECRET, COURT));

  private TestHub hub;

  private PengadilanAgamaAdapter adapter(Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>(Map.of(
        "baseUrl", court.simulator().baseUri().toString(), "keyId", KEY_ID,
        "signingSecret", SECRET, "courtCode", COURT));
    settings.putAll(overrides);
    hub = TestHub.of(new PengadilanAgamaAdapterProvider(), settings, clock);
    return (PengadilanAgamaAdapter) hub.adapter();
  }

  private PengadilanAgamaAdapter adapter() {
    return adapter(Map.of());
  }

  @AfterEach
  void closeHub() {
    if (hub != null) {
      hub.close();
    }
  }

  private PengadilanAgamaSimulator simulator() {
    return court.simulator();
  }

  private static ApplicationSubmission submission(ServiceCode service, String applicantNik,
      String key, Map<String, String> fields) {
    return new ApplicationSubmission("MPP-20260302-0031", service,
        new Applicant(Nik.parse(applicantNik), WIFE_NAME, null, null), List.of(), fields, key,
        Instant.parse("2026-03-02T01:00:00Z"));
  }

  private static ApplicationSubmission ceraiGugat(String key) {
    return submission(CERAI_GUGAT, WIFE, key, Map.of("radiusPemohon", "1",
        "radiusTermohon", "2", "nikTermohon", HUSBAND));
  }

  // ---------------------------------------------------------------- panjar

  @Test
  void estimateAdvance_forCeraiGugat_listsEveryComponentWithSummonsByRadius() {
    CourtFeeEstimate estimate = adapter().estimateAdvance(CaseType.CERAI_GUGAT, 1, 2);

    assertThat(estimate.components()).extracting(FeeItem::amount).containsExactly(
        Rupiah.of(30_000), Rupiah.of(75_000), Rupiah.of(20_000), Rupiah.of(100_000),
        Rupiah.of(225_000), Rupiah.of(10_000), Rupiah.of(10_000));
    assertThat(estimate.total()).isEqualTo(Rupiah.of(470_000))
        .isEqualTo(PengadilanAgamaSimulator.panjar("CERAI_GUGAT", 1, 2));
  }

  @Test
  void estimateAdvance_forIsbatNikah_hasNoRespondentSummons() {
    CourtFeeEstimate estimate = adapter().estimateAdvance(CaseType.ISBAT_NIKAH, 3, null);

    assertThat(estimate.components()).hasSize(6);
    assertThat(estimate.total()).isEqualTo(Rupiah.of(335_000))
        .isEqualTo(PengadilanAgamaSimulator.panjar("ISBAT_NIKAH", 3, 0));
  }

  @Test
  void estimateAdvance_whenRadiusOutOfRangeOrMissing_namesBoth() {
    Throwable thrown = catchThrowable(() ->
        adapter().estimateAdvance(CaseType.CERAI_TALAK, 5, null));

    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactlyInAnyOrder("applicantRadius", "respondentRadius");
  }

  @Test
  void submit_whenConfiguredCostsDifferFromTheCourts_isRejectedAndNothingRegistered() {
    Throwable thrown = catchThrowable(() ->
        adapter(Map.of("summonsFeeByRadius", "40000,75000,100000,150000"))
            .submit(ceraiGugat("sub-1")));

    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("PANJAR_TIDAK_SESUAI");
    assertThat(thrown.getMessage()).doesNotContain(WIFE).doesNotContain(HUSBAND);
    assertThat(simulator().caseCount()).isZero();
  }

  @Test
  void submit_ceraiGugat_waitsForThePanjarTheAdapterEstimated() {
    PengadilanAgamaAdapter adapter = adapter();

    SubmissionReceipt receipt = adapter.submit(ceraiGugat("sub-1"));

    assertThat(receipt.status()).isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(receipt.nativeStatus()).isEqualTo("MENUNGGU_PEMBAYARAN_PANJAR");
    assertThat(receipt.findNote()).contains("Panjar biaya perkara Rp470.000");
    assertThat(simulator().cases()).singleElement()
        .satisfies(c -> assertThat(c.panjar()).isEqualTo(Rupiah.of(470_000)));
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void submit_whenFieldsWrong_reportsEveryFieldWithoutValuesAndSendsNothing() {
    Throwable thrown = catchThrowable(() -> adapter().submit(submission(CERAI_GUGAT, WIFE,
        "sub-1", Map.of("radiusPemohon", "jauh", "radiusTermohon", "9",
            "nikTermohon", "18710101019"))));

    List<Violation> violations = ((MppValidationException) thrown).violations();
    assertThat(violations).extracting(Violation::field).containsExactlyInAnyOrder(
        "fields.radiusPemohon", "fields.radiusTermohon", "fields.nikTermohon");
    assertThat(thrown.getMessage()).doesNotContain("jauh").doesNotContain("18710101019")
        .doesNotContain(WIFE);
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void submit_ceraiGugatByTheHusband_isRefusedNamingTheApplicant() {
    Throwable thrown = catchThrowable(() -> adapter().submit(submission(CERAI_GUGAT, HUSBAND,
        "sub-1", Map.of("radiusPemohon", "1", "radiusTermohon", "1", "nikTermohon", WIFE))));

    assertThat(((MppValidationException) thrown).violations()).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("applicant.nik");
      assertThat(v.rule()).isEqualTo("pa.applicant.side");
    });
    assertThat(thrown.getMessage()).doesNotContain(HUSBAND).doesNotContain(WIFE);
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void submit_whenServiceIsNotTheCourts_isRefusedBeforeSending() {
    Throwable thrown = catchThrowable(() -> adapter().submit(submission(
        ServiceCode.of("KEMENAG-PENDAFTARAN-NIKAH"), WIFE, "sub-1", Map.of())));

    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactly("serviceCode");
    assertThat(simulator().journal().total()).isZero();
  }

  // ---------------------------------------------------------------- status flow

  @Test
  void status_ofAGrantedCeraiGugat_runsFromPanjarToTheAktaCerai() {
    PengadilanAgamaAdapter adapter = adapter();
    SubmissionReceipt receipt = adapter.submit(ceraiGugat("sub-1"));
    String ref = receipt.agencyReference();
    List<String> natives = new ArrayList<>(List.of(receipt.nativeStatus()));
    List<ApplicationStatus> seen = new ArrayList<>(List.of(receipt.status()));
    String caseNumber = simulator().recordPanjarPayment(ref);
    AgencyStatusReport registered = adapter.getStatus(ref);
    natives.add(registered.nativeStatus());
    seen.add(registered.status());
    AgencyStatusReport last = registered;
    for (int i = 0; i < 8; i++) {
      simulator().advance(ref);
      last = adapter.getStatus(ref);
      natives.add(last.nativeStatus());
      seen.add(last.status());
    }

    assertThat(registered.findNote()).contains("Nomor perkara " + caseNumber);
    assertThat(caseNumber).isEqualTo("1/Pdt.G/2026/PA.TNK");
    assertThat(natives).containsExactly("MENUNGGU_PEMBAYARAN_PANJAR", "TERDAFTAR",
        "PENETAPAN_MAJELIS_HAKIM", "PENETAPAN_HARI_SIDANG", "MEDIASI", "PERSIDANGAN", "PUTUS",
        "BERKEKUATAN_HUKUM_TETAP", "AKTA_CERAI_TERBIT", "DIAMBIL");
    assertThat(seen.subList(0, 8)).containsExactly(ApplicationStatus.RECEIVED,
        ApplicationStatus.IN_PROCESS, ApplicationStatus.IN_PROCESS, ApplicationStatus.IN_PROCESS,
        ApplicationStatus.IN_PROCESS, ApplicationStatus.IN_PROCESS, ApplicationStatus.IN_PROCESS,
        ApplicationStatus.IN_PROCESS);
    assertThat(seen.subList(8, 10)).containsExactly(ApplicationStatus.READY_FOR_PICKUP,
        ApplicationStatus.COMPLETED);
  }

  @Test
  void status_whenAktaCeraiIssued_noteGivesItsNumber() {
    PengadilanAgamaAdapter adapter = adapter();
    String ref = adapter.submit(ceraiGugat("sub-1")).agencyReference();
    simulator().recordPanjarPayment(ref);
    for (int i = 0; i < 7; i++) {
      simulator().advance(ref);
    }

    AgencyStatusReport report = adapter.getStatus(ref);

    assertThat(report.nativeStatus()).isEqualTo("AKTA_CERAI_TERBIT");
    assertThat(report.findNote()).contains("Akta cerai 0001/AC/2026/PA.TNK");
  }

  @Test
  void status_whenDivorceNotGranted_endsWithTheVerdictCopyNotAnAkta() {
    PengadilanAgamaAdapter adapter = adapter();
    String ref = adapter.submit(ceraiGugat("sub-1")).agencyReference();
    simulator().recordPanjarPayment(ref);
    for (int i = 0; i < 4; i++) {
      simulator().advance(ref);
    }
    simulator().decide(ref, false);
    simulator().advance(ref);
    simulator().advance(ref);

    AgencyStatusReport report = adapter.getStatus(ref);

    assertThat(report.nativeStatus()).isEqualTo("SALINAN_PUTUSAN_TERBIT");
    assertThat(report.status()).isEqualTo(ApplicationStatus.READY_FOR_PICKUP);
  }

  @Test
  void status_ofIsbatNikah_skipsMediationAndEndsWithTheSalinanPenetapan() {
    PengadilanAgamaAdapter adapter = adapter();
    String ref = adapter.submit(submission(ISBAT, WIFE, "sub-1", Map.of("radiusPemohon", "1")))
        .agencyReference();
    String number = simulator().recordPanjarPayment(ref);
    List<String> natives = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      simulator().advance(ref);
      natives.add(adapter.getStatus(ref).nativeStatus());
    }

    assertThat(number).contains("/Pdt.P/");
    assertThat(natives).containsExactly("PENETAPAN_MAJELIS_HAKIM", "PENETAPAN_HARI_SIDANG",
        "PERSIDANGAN", "PUTUS", "BERKEKUATAN_HUKUM_TETAP", "SALINAN_PENETAPAN_TERBIT");
  }

  @Test
  void status_whenReturnedRefusedOrLapsed_mapsToRevisionRejectedExpired() {
    PengadilanAgamaAdapter adapter = adapter();
    String returned = adapter.submit(ceraiGugat("sub-1")).agencyReference();
    String refused = adapter.submit(submission(ISBAT, WIFE, "sub-2",
        Map.of("radiusPemohon", "1"))).agencyReference();
    String lapsed = adapter.submit(submission(ISBAT, WIFE, "sub-3",
        Map.of("radiusPemohon", "2"))).agencyReference();
    simulator().returnFiles(returned, "Posita gugatan belum memuat alasan perceraian");
    simulator().reject(refused, "Bukan kewenangan Pengadilan Agama");
    simulator().expireUnpaid(lapsed);

    AgencyStatusReport r = adapter.getStatus(returned);
    assertThat(r.status()).isEqualTo(ApplicationStatus.NEEDS_REVISION);
    assertThat(r.findNote()).contains("Posita gugatan belum memuat alasan perceraian");
    assertThat(adapter.getStatus(refused).status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(adapter.getStatus(lapsed).status()).isEqualTo(ApplicationStatus.EXPIRED);
  }

  @Test
  void cancel_afterTheVerdict_isRefusedAndTheCaseStaysDecided() {
    PengadilanAgamaAdapter adapter = adapter();
    String ref = adapter.submit(ceraiGugat("sub-1")).agencyReference();
    simulator().recordPanjarPayment(ref);
    for (int i = 0; i < 5; i++) {
      simulator().advance(ref);
    }

    Throwable thrown = catchThrowable(() -> adapter.cancel(ref, "rujuk", "cabut-1"));

    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("TIDAK_DAPAT_DICABUT");
    assertThat(adapter.getStatus(ref).nativeStatus()).isEqualTo("PUTUS");
  }

  @Test
  void cancel_duringMediation_withdrawsTheCase() {
    PengadilanAgamaAdapter adapter = adapter();
    String ref = adapter.submit(ceraiGugat("sub-1")).agencyReference();
    simulator().recordPanjarPayment(ref);
    for (int i = 0; i < 3; i++) {
      simulator().advance(ref);
    }

    AgencyStatusReport withdrawn = adapter.cancel(ref, "para pihak rukun kembali", "cabut-1");

    assertThat(withdrawn.nativeStatus()).isEqualTo("DICABUT");
    assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.CANCELLED);
  }

  // ---------------------------------------------------------------- auth, catalogue

  @Test
  void calls_whenSigningSecretWrong_areAuthenticationErrorsWithoutTheSecret() {
    Throwable thrown = catchThrowable(() ->
        adapter(Map.of("signingSecret", "another-signing-secret")).getStatus("ECRT-00000001"));

    assertThat(thrown).isInstanceOf(AgencyAuthenticationException.class);
    assertThat(thrown.getMessage()).doesNotContain("another-signing-secret");
  }

  @Test
  void calls_whenMade_carryAFreshHmacSignature() {
    PengadilanAgamaAdapter adapter = adapter();
    adapter.submit(ceraiGugat("sub-1"));

    assertThat(simulator().journal().requests()).singleElement().satisfies(r -> {
      assertThat(r.header("X-Key-Id")).contains(KEY_ID);
      assertThat(r.header("X-Timestamp")).contains(String.valueOf(clock.instant()
          .getEpochSecond()));
      assertThat(r.header("X-Signature")).isPresent();
    });
  }

  @Test
  void listServices_publishesTheFourCompleteCaseStandards() {
    PengadilanAgamaAdapter adapter = adapter();
    List<ServiceDefinition> services = adapter.listServices();

    assertThat(services).extracting(s -> s.code().value()).containsExactly("PA-CERAI-GUGAT",
        "PA-CERAI-TALAK", "PA-ISBAT-NIKAH", "PA-DISPENSASI-KAWIN");
    assertThat(services).allSatisfy(s ->
        assertThat(ServiceCompleteness.of(s).complete()).as(s.code().value()).isTrue());
    assertThat(services).allSatisfy(s ->
        assertThat(adapter.registers(s.code())).isTrue());
    assertThat(simulator().journal().total()).isZero();
  }
}
