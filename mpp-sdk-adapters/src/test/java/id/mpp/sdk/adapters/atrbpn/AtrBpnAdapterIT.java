package id.mpp.sdk.adapters.atrbpn;

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
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.catalogue.ServiceCompleteness;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.testkit.agencies.AtrBpnSimulator;
import id.mpp.sdk.testkit.agencies.AtrBpnSimulator.Certificate;
import id.mpp.sdk.testkit.simulator.AgencySimulatorExtension;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ATR/BPN rules beyond the kit: certificate look-up, PNBP, the berkas flow, bad input, OAuth. */
class AtrBpnAdapterIT {

  private static final String CLIENT_ID = "mpp-bandar-lampung";
  private static final String SECRET = "atrbpn-test-client-secret";
  private static final String CERTIFICATE = "18.71.01.02.1.00123";
  private static final String PARCEL = "18710102000123";
  private static final String NIK = "1871014101900003";
  private static final String NAME = "Siti Aminah";
  private static final ServiceCode ROYA = ServiceCode.of("ATRBPN-ROYA");
  private static final ServiceCode TRANSFER = ServiceCode.of("ATRBPN-BALIK-NAMA");
  private static final ServiceCode CHECK = ServiceCode.of("ATRBPN-PENGECEKAN-SERTIFIKAT");

  private final ManualClock clock =
      ManualClock.at(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Jakarta"));

  @RegisterExtension
  final AgencySimulatorExtension<AtrBpnSimulator> bpn =
      AgencySimulatorExtension.of(() -> new AtrBpnSimulator(clock, CLIENT_ID, SECRET));

  private TestHub hub;

  private AtrBpnAdapter adapter(Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>(Map.of(
        "baseUrl", bpn.simulator().baseUri().toString(),
        "tokenUrl", bpn.simulator().baseUri() + AtrBpnSimulator.TOKEN_PATH,
        "clientId", CLIENT_ID, "clientSecret", SECRET));
    settings.putAll(overrides);
    hub = TestHub.of(new AtrBpnAdapterProvider(), settings, clock);
    return (AtrBpnAdapter) hub.adapter();
  }

  private AtrBpnAdapter adapter() {
    return adapter(Map.of());
  }

  @AfterEach
  void closeHub() {
    if (hub != null) {
      hub.close();
    }
  }

  private AtrBpnSimulator simulator() {
    return bpn.simulator();
  }

  private void mortgagedCertificate() {
    simulator().addCertificate(Certificate.hakMilik(CERTIFICATE, PARCEL, 1));
  }

  private static ApplicationSubmission submission(ServiceCode service, String key,
      Map<String, String> fields) {
    return new ApplicationSubmission("MPP-20260302-0011", service,
        new Applicant(Nik.parse(NIK), NAME, null, null), List.of(), fields, key,
        Instant.parse("2026-03-02T01:00:00Z"));
  }

  // ---------------------------------------------------------------- certificates

  @Test
  void getCertificate_whenInTheLandBook_givesRightAreaAndMortgages() {
    mortgagedCertificate();

    LandCertificate c = adapter().getCertificate(CERTIFICATE);

    assertThat(c.parcelId()).isEqualTo(PARCEL);
    assertThat(c.rightType()).isEqualTo("HM");
    assertThat(c.areaSquareMetres()).isEqualByComparingTo(BigDecimal.valueOf(120));
    assertThat(c.mortgages()).isEqualTo(1);
    assertThat(c.royaPossible()).isTrue();
  }

  @Test
  void getCertificate_whenUnknown_isNotFoundInOneCall() {
    Throwable thrown = catchThrowable(() -> adapter().getCertificate(CERTIFICATE));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertThat(((NotFoundException) thrown).kind()).isEqualTo("certificate");
    assertThat(simulator().journal().count("GET", "/pertanahan/v1/sertifikat/.*")).isEqualTo(1);
  }

  @Test
  void getCertificate_whenMalformed_isRefusedBeforeSending() {
    Throwable thrown = catchThrowable(() -> adapter().getCertificate("18.71/../00123"));

    assertThat(((MppValidationException) thrown).violations()).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("number");
      assertThat(v.rule()).isEqualTo("atrbpn.certificateNumber.format");
      assertThat(v.message()).doesNotContain("00123");
    });
    assertThat(simulator().journal().total()).isZero();
  }

  // ---------------------------------------------------------------- fees

  @Test
  void estimateFee_forBalikNama_isFixedPartPlusOnePerMilleOfTheLandValue() {
    Rupiah fee = adapter().estimateFee(LandService.TRANSFER, Rupiah.of(350_000_500));

    assertThat(fee).isEqualTo(Rupiah.of(50_000 + 350_000));
    assertThat(fee).isEqualTo(AtrBpnSimulator.transferFee(Rupiah.of(350_000_500)));
  }

  @Test
  void estimateFee_whenTariffsConfigured_usesThem() {
    AtrBpnAdapter adapter = adapter(Map.of("feeRoya", "75000", "feeTransferBase", "100000",
        "transferPerMille", "2"));

    assertThat(adapter.estimateFee(LandService.ROYA, null)).isEqualTo(Rupiah.of(75_000));
    assertThat(adapter.estimateFee(LandService.TRANSFER, Rupiah.of(200_000_000)))
        .isEqualTo(Rupiah.of(500_000));
  }

  @Test
  void estimateFee_forBalikNamaWithoutLandValue_isAValidationError() {
    Throwable thrown = catchThrowable(() -> adapter().estimateFee(LandService.TRANSFER, null));

    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactly("landValue");
  }

  @Test
  void submit_balikNama_isBilledThePnbpTheAdapterEstimates() {
    mortgagedCertificate();
    AtrBpnAdapter adapter = adapter();

    SubmissionReceipt receipt = adapter.submit(submission(TRANSFER, "sub-1",
        Map.of("nomorSertifikat", CERTIFICATE, "nilaiTanah", "480000000")));

    Rupiah expected = adapter.estimateFee(LandService.TRANSFER, Rupiah.of(480_000_000));
    assertThat(simulator().berkas()).singleElement()
        .satisfies(b -> assertThat(b.fee()).isEqualTo(expected));
    assertThat(receipt.findNote()).contains("PNBP " + expected);
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void submit_whenFieldsWrong_reportsEveryFieldWithoutValuesAndSendsNothing() {
    Throwable thrown = catchThrowable(() -> adapter().submit(submission(TRANSFER, "sub-1",
        Map.of("nomorSertifikat", "SHM 123 " + NAME, "nibBidang", "1871-0102",
            "nilaiTanah", "lima ratus juta"))));

    assertThat(thrown).isInstanceOf(MppValidationException.class);
    List<Violation> violations = ((MppValidationException) thrown).violations();
    assertThat(violations).extracting(Violation::field).containsExactlyInAnyOrder(
        "fields.nomorSertifikat", "fields.nibBidang", "fields.nilaiTanah");
    assertThat(thrown.getMessage()).doesNotContain(NAME).doesNotContain("1871-0102")
        .doesNotContain("lima ratus").doesNotContain(NIK);
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void submit_whenServiceIsNotAtrBpns_isRefusedBeforeSending() {
    Throwable thrown = catchThrowable(() -> adapter().submit(submission(
        ServiceCode.of("KEJAKSAAN-TILANG"), "sub-1", Map.of("nomorSertifikat", CERTIFICATE))));

    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactly("serviceCode");
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void submit_royaWithoutMortgage_isRejectedAndNoBerkasHeld() {
    simulator().addCertificate(Certificate.hakMilik(CERTIFICATE, PARCEL, 0));

    Throwable thrown = catchThrowable(() -> adapter().submit(submission(ROYA, "sub-1",
        Map.of("nomorSertifikat", CERTIFICATE))));

    assertThat(((AgencyRejectedException) thrown).agencyCode())
        .contains("TIDAK_ADA_HAK_TANGGUNGAN");
    assertThat(thrown.getMessage()).doesNotContain(NIK).doesNotContain(NAME);
    assertThat(simulator().berkasCount()).isZero();
  }

  @Test
  void submit_whenCertificateBlocked_isRejected() {
    simulator().addCertificate(Certificate.hakMilik(CERTIFICATE, PARCEL, 1).blockedCopy());

    Throwable thrown = catchThrowable(() -> adapter().submit(submission(CHECK, "sub-1",
        Map.of("nomorSertifikat", CERTIFICATE))));

    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("SERTIFIKAT_DIBLOKIR");
    assertThat(simulator().berkasCount()).isZero();
  }

  @Test
  void submit_whenParcelIdIsAnotherCertificates_isRejected() {
    mortgagedCertificate();

    Throwable thrown = catchThrowable(() -> adapter().submit(submission(ROYA, "sub-1",
        Map.of("nomorSertifikat", CERTIFICATE, "nibBidang", "18710102000999"))));

    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("NIB_TIDAK_SESUAI");
    assertThat(simulator().berkasCount()).isZero();
  }

  // ---------------------------------------------------------------- status flow

  @Test
  void status_followsTheBerkasFromReceiptToHandOver() {
    mortgagedCertificate();
    AtrBpnAdapter adapter = adapter();
    SubmissionReceipt receipt = adapter.submit(submission(ROYA, "sub-1",
        Map.of("nomorSertifikat", CERTIFICATE, "nibBidang", PARCEL)));
    String ref = receipt.agencyReference();
    List<ApplicationStatus> seen = new ArrayList<>();
    List<String> natives = new ArrayList<>();
    seen.add(receipt.status());
    natives.add(receipt.nativeStatus());
    for (int step = 0; step < 5; step++) {
      simulator().advance(ref);
      AgencyStatusReport report = adapter.getStatus(ref);
      seen.add(report.status());
      natives.add(report.nativeStatus());
    }

    assertThat(natives).containsExactly("BERKAS_MASUK", "MENUNGGU_PEMBAYARAN", "PEMERIKSAAN",
        "PENGESAHAN", "SELESAI", "DISERAHKAN");
    assertThat(seen).containsExactly(ApplicationStatus.RECEIVED, ApplicationStatus.IN_PROCESS,
        ApplicationStatus.IN_PROCESS, ApplicationStatus.IN_PROCESS,
        ApplicationStatus.READY_FOR_PICKUP, ApplicationStatus.COMPLETED);
    assertThat(adapter.getCertificate(CERTIFICATE).mortgages()).isZero();
  }

  @Test
  void status_whenFilesReturned_needsRevisionWithTheNoteThenResumes() {
    mortgagedCertificate();
    AtrBpnAdapter adapter = adapter();
    String ref = adapter.submit(submission(ROYA, "sub-1", Map.of("nomorSertifikat",
        CERTIFICATE))).agencyReference();
    simulator().advance(ref);
    simulator().advance(ref);
    simulator().returnFiles(ref, "Surat roya dari bank belum dilampirkan");

    AgencyStatusReport returned = adapter.getStatus(ref);
    simulator().advance(ref);
    AgencyStatusReport resumed = adapter.getStatus(ref);

    assertThat(returned.status()).isEqualTo(ApplicationStatus.NEEDS_REVISION);
    assertThat(returned.findNote()).contains("Surat roya dari bank belum dilampirkan");
    assertThat(resumed.status()).isEqualTo(ApplicationStatus.IN_PROCESS);
  }

  @Test
  void status_whenRefused_isRejected() {
    mortgagedCertificate();
    AtrBpnAdapter adapter = adapter();
    String ref = adapter.submit(submission(CHECK, "sub-1", Map.of("nomorSertifikat",
        CERTIFICATE))).agencyReference();
    simulator().reject(ref, "Sertifikat tidak sesuai buku tanah");

    assertThat(adapter.getStatus(ref).status()).isEqualTo(ApplicationStatus.REJECTED);
  }

  @Test
  void cancel_afterExaminationStarted_isRefusedAndStatusKept() {
    mortgagedCertificate();
    AtrBpnAdapter adapter = adapter();
    String ref = adapter.submit(submission(ROYA, "sub-1", Map.of("nomorSertifikat",
        CERTIFICATE))).agencyReference();
    simulator().advance(ref);
    simulator().advance(ref);

    Throwable thrown = catchThrowable(() -> adapter.cancel(ref, "salah berkas", "cancel-1"));

    assertThat(((AgencyRejectedException) thrown).agencyCode())
        .contains("TIDAK_DAPAT_DIBATALKAN");
    assertThat(adapter.getStatus(ref).nativeStatus()).isEqualTo("PEMERIKSAAN");
  }

  // ---------------------------------------------------------------- auth, catalogue

  @Test
  void calls_whenTokenRevoked_fetchANewTokenAndSucceed() {
    mortgagedCertificate();
    AtrBpnAdapter adapter = adapter();
    adapter.getCertificate(CERTIFICATE);
    simulator().revokeTokens();

    LandCertificate again = adapter.getCertificate(CERTIFICATE);

    assertThat(again.number()).isEqualTo(CERTIFICATE);
    assertThat(simulator().tokensIssued()).isEqualTo(2);
  }

  @Test
  void calls_whenClientSecretWrong_areAuthenticationErrorsWithoutTheSecret() {
    Throwable thrown = catchThrowable(() -> adapter(Map.of("clientSecret", "wrong-secret-value"))
        .getCertificate(CERTIFICATE));

    assertThat(thrown).isInstanceOf(AgencyAuthenticationException.class);
    assertThat(thrown.getMessage()).doesNotContain("wrong-secret-value");
    assertThat(simulator().tokensIssued()).isZero();
  }

  @Test
  void listServices_publishesThreeCompleteStandardsWithConfiguredPnbp() {
    List<ServiceDefinition> services = adapter(Map.of("feeCertificateCheck", "60000"))
        .listServices();

    assertThat(services).extracting(s -> s.code().value()).containsExactly(
        "ATRBPN-PENGECEKAN-SERTIFIKAT", "ATRBPN-ROYA", "ATRBPN-BALIK-NAMA");
    assertThat(services).allSatisfy(s ->
        assertThat(ServiceCompleteness.of(s).complete()).as(s.code().value()).isTrue());
    assertThat(services.get(0).delivery().fee().items()).extracting(FeeItem::amount)
        .containsExactly(Rupiah.of(60_000));
    assertThat(services.get(2).delivery().fee().note()).contains("1 per seribu");
    assertThat(simulator().journal().total()).isZero();
  }
}
