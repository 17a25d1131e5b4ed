package id.mpp.sdk.adapters.oss;

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
import id.mpp.sdk.catalogue.FeeType;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.catalogue.ServiceCompleteness;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.testkit.agencies.OssSimulator;
import id.mpp.sdk.testkit.agencies.OssSimulator.Business;
import id.mpp.sdk.testkit.simulator.AgencySimulatorExtension;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nib;
import id.mpp.sdk.validation.Nik;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** OSS rules beyond the kit: NIB look-ups, the path of each risk level, OAuth, bad input. */
class OssAdapterIT {

  private static final String NIB = OssAdapterContractIT.NIB;
  private static final String UNKNOWN_NIB = "9120009999999";
  private static final String API = "/oss/v1/.*";

  private final ManualClock clock =
      ManualClock.at(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Jakarta"));

  @RegisterExtension
  final AgencySimulatorExtension<OssSimulator> oss = AgencySimulatorExtension.of(
      () -> new OssSimulator(clock, OssAdapterContractIT.CLIENT_ID,
          OssAdapterContractIT.CLIENT_SECRET));

  private TestHub hub;

  private OssAdapter adapter(Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>(OssAdapterContractIT.settingsFor(simulator()));
    settings.putAll(overrides);
    hub = TestHub.of(new OssAdapterProvider(), settings, clock);
    return (OssAdapter) hub.adapter();
  }

  private OssAdapter adapter() {
    simulator().addBusiness(Business.micro(NIB, "Warung Makan Sederhana"));
    return adapter(Map.of());
  }

  @AfterEach
  void closeHub() {
    if (hub != null) {
      hub.close();
    }
  }

  private OssSimulator simulator() {
    return oss.simulator();
  }

  private static ApplicationSubmission submission(String key, Map<String, String> fields) {
    return new ApplicationSubmission("MPP-20260302-0042",
        ServiceCode.of("DPMPTSP-PERIZINAN-BERUSAHA"),
        new Applicant(Nik.parse(OssAdapterContractIT.NIK), "Siti Aminah", null, null),
        List.of(), fields, key, Instant.parse("2026-03-02T01:00:00Z"));
  }

  private static ApplicationSubmission permit(String key, String nib, String risk) {
    return submission(key, Map.of("nib", nib, "kbli", "56103", "tingkatRisiko", risk));
  }

  // ---------------------------------------------------------------- businesses

  @Test
  void getBusiness_whenRegistered_givesItsProfile() {
    BusinessProfile business = adapter().getBusiness(Nib.parse(NIB));

    assertThat(business.nib().value()).isEqualTo(NIB);
    assertThat(business.active()).isTrue();
    assertThat(business.scale()).isEqualTo("MIKRO");
    assertThat(business.kbli()).containsExactly("56103", "47111");
    assertThat(business.toString()).doesNotContain("Warung");
  }

  @Test
  void getBusiness_whenNibUnknown_isNotFound() {
    Throwable thrown = catchThrowable(() -> adapter().getBusiness(Nib.parse(UNKNOWN_NIB)));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertThat(((NotFoundException) thrown).kind()).isEqualTo("business");
    simulator().journal().assertReceived(1, "GET", API);
  }

  @Test
  void listPermits_whenOnlyRegistered_listsTheNib() {
    List<BusinessPermit> permits = adapter().listPermits(Nib.parse(NIB));

    assertThat(permits).singleElement().satisfies(p -> {
      assertThat(p.type()).isEqualTo(PermitType.NIB);
      assertThat(p.findKbli()).isEmpty();
    });
  }

  // ---------------------------------------------------------------- risk levels

  @Test
  void submit_whenLowRisk_isCompletedAtOnceWithTheNibOnly() {
    SubmissionReceipt receipt = adapter().submit(permit("k-1", NIB, "RENDAH"));

    assertThat(receipt.status()).isEqualTo(ApplicationStatus.COMPLETED);
    assertThat(receipt.nativeStatus()).isEqualTo("TERBIT");
    assertThat(receipt.findNote()).hasValueSatisfying(n -> assertThat(n).startsWith("NIB "));
  }

  @Test
  void submit_whenMediumLowRisk_isCompletedAtOnceWithAStandardCertificate() {
    OssAdapter adapter = adapter();

    adapter.submit(permit("k-1", NIB, "MENENGAH_RENDAH"));

    assertThat(adapter.listPermits(Nib.parse(NIB))).extracting(BusinessPermit::type)
        .containsExactly(PermitType.NIB, PermitType.STANDARD_CERTIFICATE);
  }

  @Test
  void submit_whenHighRisk_waitsForTheVerifierThenIssuesTheLicence() {
    OssAdapter adapter = adapter();

    SubmissionReceipt receipt = adapter.submit(permit("k-1", NIB, "TINGGI"));
    String id = receipt.agencyReference();
    simulator().requestDocuments(id, "Lengkapi dokumen lingkungan");
    AgencyStatusReport asked = adapter.getStatus(id);
    simulator().approve(id);
    AgencyStatusReport issued = adapter.getStatus(id);

    assertThat(receipt.status()).isEqualTo(ApplicationStatus.IN_PROCESS);
    assertThat(asked.status()).isEqualTo(ApplicationStatus.NEEDS_REVISION);
    assertThat(asked.findNote()).contains("Lengkapi dokumen lingkungan");
    assertThat(issued.status()).isEqualTo(ApplicationStatus.COMPLETED);
    assertThat(adapter.listPermits(Nib.parse(NIB))).filteredOn(p -> p.type()
        == PermitType.LICENCE).singleElement().satisfies(p -> {
          assertThat(p.riskLevel()).isEqualTo(RiskLevel.HIGH);
          assertThat(p.findKbli()).contains("56103");
        });
  }

  @Test
  void submit_whenMediumHighRiskRefused_isRejectedWithTheReason() {
    OssAdapter adapter = adapter();
    String id = adapter.submit(permit("k-1", NIB, "MENENGAH_TINGGI")).agencyReference();

    simulator().refuse(id, "Lokasi tidak sesuai tata ruang");
    AgencyStatusReport report = adapter.getStatus(id);

    assertThat(report.status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(report.findNote()).contains("Lokasi tidak sesuai tata ruang");
  }

  // ---------------------------------------------------------------- refusals and bad input

  @Test
  void submit_whenNibUnknown_isRejectedTypedAndNothingHeld() {
    Throwable thrown = catchThrowable(() -> adapter().submit(permit("k-1", UNKNOWN_NIB,
        "RENDAH")));

    assertThat(thrown).isInstanceOf(AgencyRejectedException.class);
    AgencyRejectedException rejected = (AgencyRejectedException) thrown;
    assertThat(rejected.httpStatus()).isEqualTo(404);
    assertThat(rejected.agencyCode()).contains("NIB_TIDAK_DITEMUKAN");
    assertThat(simulator().applications()).isEmpty();
  }

  @Test
  void submit_whenNibRevoked_isRejected() {
    simulator().addBusiness(Business.micro(UNKNOWN_NIB, "Toko Lama").revoked());

    Throwable thrown = catchThrowable(() -> adapter().submit(permit("k-1", UNKNOWN_NIB,
        "RENDAH")));

    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("NIB_TIDAK_AKTIF");
    assertThat(simulator().applications()).isEmpty();
  }

  @Test
  void submit_whenEveryFieldIsWrong_reportsAllTogetherAndSendsNothing() {
    Throwable thrown = catchThrowable(() -> adapter().submit(submission("k-1",
        Map.of("nib", "91200012345", "kbli", "561", "tingkatRisiko", "SEDANG"))));

    assertThat(thrown).isInstanceOf(MppValidationException.class);
    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactly("fields.nib", "fields.kbli", "fields.tingkatRisiko");
    assertThat(thrown.getMessage()).doesNotContain("91200012345");
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void submit_whenRepeatedWithTheSameKey_holdsOneApplication() {
    OssAdapter adapter = adapter();

    SubmissionReceipt first = adapter.submit(permit("k-1", NIB, "TINGGI"));
    SubmissionReceipt again = adapter.submit(permit("k-1", NIB, "TINGGI"));

    assertThat(again.agencyReference()).isEqualTo(first.agencyReference());
    assertThat(simulator().applications()).hasSize(1);
  }

  @Test
  void cancel_whileInVerification_isCancelled() {
    OssAdapter adapter = adapter();
    String id = adapter.submit(permit("k-1", NIB, "TINGGI")).agencyReference();

    AgencyStatusReport report = adapter.cancel(id, "salah KBLI", "cancel-1");

    assertThat(report.status()).isEqualTo(ApplicationStatus.CANCELLED);
  }

  @Test
  void cancel_whenAlreadyIssued_isRefusedAndStaysCompleted() {
    OssAdapter adapter = adapter();
    String id = adapter.submit(permit("k-1", NIB, "RENDAH")).agencyReference();

    Throwable thrown = catchThrowable(() -> adapter.cancel(id, "tidak jadi", "cancel-1"));

    assertThat(((AgencyRejectedException) thrown).agencyCode())
        .contains("TIDAK_DAPAT_DIBATALKAN");
    assertThat(adapter.getStatus(id).status()).isEqualTo(ApplicationStatus.COMPLETED);
  }

  @Test
  void getStatus_whenReferenceMalformed_isRefusedBeforeSending() {
    Throwable thrown = catchThrowable(() -> adapter().getStatus("../pelaku-usaha"));

    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactly("agencyReference");
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void getStatus_whenUnknown_isNotFound() {
    assertThat(catchThrowable(() -> adapter().getStatus("OSS-00009999")))
        .isInstanceOf(NotFoundException.class);
  }

  // ---------------------------------------------------------------- OAuth, catalogue

  @Test
  void calls_whenSeveral_shareOneToken() {
    OssAdapter adapter = adapter();

    adapter.getBusiness(Nib.parse(NIB));
    adapter.listPermits(Nib.parse(NIB));

    assertThat(simulator().tokensIssued()).isEqualTo(1);
    simulator().journal().assertReceived(1, "POST", OssSimulator.TOKEN_PATH);
    simulator().journal().assertReceived(2, "GET", API);
  }

  @Test
  void calls_whenTokenRevoked_fetchANewOneAndSucceed() {
    OssAdapter adapter = adapter();
    adapter.getBusiness(Nib.parse(NIB));
    simulator().revokeTokens();

    BusinessProfile again = adapter.getBusiness(Nib.parse(NIB));

    assertThat(again.active()).isTrue();
    assertThat(simulator().tokensIssued()).isEqualTo(2);
  }

  @Test
  void calls_whenClientSecretWrong_areAuthenticationErrorsWithoutTheSecret() {
    simulator().addBusiness(Business.micro(NIB, "Warung Makan Sederhana"));

    Throwable thrown = catchThrowable(() -> adapter(Map.of("clientSecret", "wrong-secret-1"))
        .getBusiness(Nib.parse(NIB)));

    assertThat(thrown).isInstanceOf(AgencyAuthenticationException.class);
    assertThat(thrown.getMessage()).doesNotContain("wrong-secret-1");
    simulator().journal().assertReceived(0, "GET", API);
  }

  @Test
  void listServices_publishesTheCompleteLicensingStandard() {
    List<ServiceDefinition> services = adapter().listServices();

    assertThat(services).singleElement().satisfies(s -> {
      assertThat(s.code().value()).isEqualTo("DPMPTSP-PERIZINAN-BERUSAHA");
      assertThat(ServiceCompleteness.of(s).complete()).isTrue();
      assertThat(s.delivery().fee().type()).isEqualTo(FeeType.FREE);
    });
  }
}
