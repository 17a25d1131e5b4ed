package id.mpp.sdk.adapters.polri;

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
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.catalogue.ServiceCompleteness;
import id.mpp.sdk.catalogue.Validity;
import id.mpp.sdk.testkit.agencies.PolriSkckSimulator;
import id.mpp.sdk.testkit.agencies.PolriSkckSimulator.State;
import id.mpp.sdk.testkit.simulator.AgencySimulatorExtension;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SKCK rules beyond the kit: the state machine, payment number, validity, purpose, bad input. */
class PolriAdapterIT {

  private static final String NIK = "1871014101900003";
  private static final String NAME = "Siti Aminah";
  private static final String API = "/skck/v1/.*";
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final ManualClock clock = ManualClock.at(Instant.parse("2026-03-02T01:00:00Z"), WIB);

  @RegisterExtension
  final AgencySimulatorExtension<PolriSkckSimulator> polres = AgencySimulatorExtension.of(
      () -> PolriAdapterContractIT.simulatorFor(clock));

  private TestHub hub;

  private PolriAdapter adapter(Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>(PolriAdapterContractIT.settingsFor(simulator()));
    settings.putAll(overrides);
    hub = TestHub.of(new PolriAdapterProvider(), settings, clock);
    return (PolriAdapter) hub.adapter();
  }

  private PolriAdapter adapter() {
    return adapter(Map.of());
  }

  @AfterEach
  void closeHub() {
    if (hub != null) {
      hub.close();
    }
  }

  private PolriSkckSimulator simulator() {
    return polres.simulator();
  }

  private static ApplicationSubmission skck(String key, String purpose, String unit) {
    return new ApplicationSubmission("MPP-20260302-0042", ServiceCode.of("POLRI-SKCK-BARU"),
        new Applicant(Nik.parse(NIK), NAME, null, null), List.of(),
        Map.of("keperluan", purpose, "satwil", unit), key, Instant.parse("2026-03-02T01:00:00Z"));
  }

  private static ApplicationSubmission skck(String key) {
    return skck(key, "MELAMAR_PEKERJAAN", "POLRES-BDL");
  }

  // ---------------------------------------------------------------- registration and payment

  @Test
  void submit_whenValid_isRegisteredWithPaymentNumberAndPnbp() {
    PolriAdapter adapter = adapter();

    SubmissionReceipt receipt = adapter.submit(skck("k-1"));
    SkckRegistration skck = adapter.getSkck(receipt.agencyReference());

    assertThat(receipt.status()).isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(receipt.nativeStatus()).isEqualTo("TERDAFTAR");
    assertThat(skck.paymentCode()).matches("\\d{15}");
    assertThat(skck.fee()).isEqualTo(Rupiah.of(30_000));
    assertThat(receipt.findNote()).contains("Kode pembayaran " + skck.paymentCode()
        + ", PNBP Rp30.000");
    assertThat(skck.purpose()).isEqualTo(SkckPurpose.JOB_APPLICATION);
    assertThat(skck.issuingUnit()).isEqualTo("POLRES-BDL");
    assertThat(skck.findSkckNumber()).isEmpty();
    assertThat(simulator().registrations()).singleElement().satisfies(r -> {
      assertThat(r.nik()).isEqualTo(NIK);
      assertThat(r.purpose()).isEqualTo("MELAMAR_PEKERJAAN");
    });
  }

  // ---------------------------------------------------------------- the state machine

  @Test
  void getStatus_alongTheSkckStateMachine_mapsEveryStepOntoTheCanonicalStatus() {
    PolriAdapter adapter = adapter();
    String reg = adapter.submit(skck("k-1")).agencyReference();
    List<Map.Entry<State, ApplicationStatus>> steps = List.of(
        Map.entry(State.MENUNGGU_PEMBAYARAN, ApplicationStatus.IN_PROCESS),
        Map.entry(State.DIBAYAR, ApplicationStatus.IN_PROCESS),
        Map.entry(State.VERIFIKASI_BERKAS, ApplicationStatus.IN_PROCESS),
        Map.entry(State.BERKAS_DIKEMBALIKAN, ApplicationStatus.NEEDS_REVISION),
        Map.entry(State.VERIFIKASI_BERKAS, ApplicationStatus.IN_PROCESS),
        Map.entry(State.PEREKAMAN_SIDIK_JARI, ApplicationStatus.IN_PROCESS),
        Map.entry(State.PENELITIAN_CATATAN, ApplicationStatus.IN_PROCESS),
        Map.entry(State.KOORDINASI, ApplicationStatus.IN_PROCESS));

    for (Map.Entry<State, ApplicationStatus> step : steps) {
      simulator().advance(reg, step.getKey(), null);
      AgencyStatusReport report = adapter.getStatus(reg);
      assertThat(report.status()).as("canonical status of %s", step.getKey())
          .isEqualTo(step.getValue());
      assertThat(report.nativeStatus()).isEqualTo(step.getKey().name());
    }
    simulator().advance(reg, State.PENELITIAN_CATATAN, null);
    simulator().issue(reg, false);
    ApplicationStatus issued = adapter.getStatus(reg).status();
    simulator().advance(reg, State.DIAMBIL, null);

    assertThat(issued).isEqualTo(ApplicationStatus.READY_FOR_PICKUP);
    assertThat(adapter.getStatus(reg).status()).isEqualTo(ApplicationStatus.COMPLETED);
  }

  @Test
  void getStatus_whenDocumentsReturned_needsRevisionWithTheNoteThenResumes() {
    PolriAdapter adapter = adapter();
    String reg = adapter.submit(skck("k-1")).agencyReference();
    simulator().advance(reg, State.MENUNGGU_PEMBAYARAN, null);
    simulator().advance(reg, State.DIBAYAR, null);
    simulator().advance(reg, State.VERIFIKASI_BERKAS, null);

    simulator().advance(reg, State.BERKAS_DIKEMBALIKAN, "Surat pengantar kelurahan belum ada");
    AgencyStatusReport returned = adapter.getStatus(reg);
    simulator().advance(reg, State.VERIFIKASI_BERKAS, null);

    assertThat(returned.status()).isEqualTo(ApplicationStatus.NEEDS_REVISION);
    assertThat(returned.findNote()).contains("Surat pengantar kelurahan belum ada");
    assertThat(adapter.getStatus(reg).status()).isEqualTo(ApplicationStatus.IN_PROCESS);
  }

  @Test
  void getSkck_whenIssued_givesNumberRecordAndSixMonthsValidity() {
    PolriAdapter adapter = adapter();
    String reg = adapter.submit(skck("k-1")).agencyReference();
    for (State s : List.of(State.MENUNGGU_PEMBAYARAN, State.DIBAYAR, State.VERIFIKASI_BERKAS,
        State.PEREKAMAN_SIDIK_JARI, State.PENELITIAN_CATATAN)) {
      simulator().advance(reg, s, null);
    }
    clock.advance(Duration.ofDays(1));
    String number = simulator().issue(reg, false);

    SkckRegistration skck = adapter.getSkck(reg);

    assertThat(skck.status()).isEqualTo(ApplicationStatus.READY_FOR_PICKUP);
    assertThat(skck.findSkckNumber()).contains(number);
    assertThat(skck.issuedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(skck.findValidUntil()).contains(LocalDate.of(2026, 9, 2));
    assertThat(skck.recordFound()).isFalse();
    assertThat(skck.isValidOn(LocalDate.of(2026, 9, 2))).isTrue();
    assertThat(skck.isValidOn(LocalDate.of(2026, 9, 3))).isFalse();
  }

  @Test
  void getStatus_whenNotPaidWithinTheWindow_isExpired() {
    PolriAdapter adapter = adapter();
    String reg = adapter.submit(skck("k-1")).agencyReference();
    simulator().advance(reg, State.MENUNGGU_PEMBAYARAN, null);

    clock.advance(PolriSkckSimulator.REGISTRATION_WINDOW.minusMinutes(1));
    ApplicationStatus justBefore = adapter.getStatus(reg).status();
    clock.advance(Duration.ofMinutes(1));

    assertThat(justBefore).isEqualTo(ApplicationStatus.IN_PROCESS);
    assertThat(adapter.getStatus(reg).status()).isEqualTo(ApplicationStatus.EXPIRED);
    assertThat(adapter.getStatus(reg).nativeStatus()).isEqualTo("KEDALUWARSA_PENDAFTARAN");
  }

  @Test
  void getStatus_whenRefusedAfterTheRecordCheck_isRejectedWithTheReason() {
    PolriAdapter adapter = adapter();
    String reg = adapter.submit(skck("k-1")).agencyReference();
    for (State s : List.of(State.MENUNGGU_PEMBAYARAN, State.DIBAYAR, State.VERIFIKASI_BERKAS,
        State.PEREKAMAN_SIDIK_JARI, State.PENELITIAN_CATATAN)) {
      simulator().advance(reg, s, null);
    }

    simulator().advance(reg, State.DITOLAK, "Identitas tidak sesuai");

    assertThat(adapter.getStatus(reg).status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(adapter.getStatus(reg).findNote()).contains("Identitas tidak sesuai");
  }

  @Test
  void cancel_afterPayment_isRefusedAndTheSkckGoesOn() {
    PolriAdapter adapter = adapter();
    String reg = adapter.submit(skck("k-1")).agencyReference();
    simulator().advance(reg, State.MENUNGGU_PEMBAYARAN, null);
    simulator().advance(reg, State.DIBAYAR, null);

    Throwable thrown = catchThrowable(() -> adapter.cancel(reg, "tidak jadi", "cancel-1"));

    assertThat(thrown).isInstanceOf(AgencyRejectedException.class);
    assertThat(((AgencyRejectedException) thrown).agencyCode())
        .contains("TIDAK_DAPAT_DIBATALKAN");
    assertThat(simulator().stateOf(reg)).isEqualTo(State.DIBAYAR);
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void submit_whenPurposeAndUnitAreWrong_namesBothFieldsEchoesNothingAndSendsNothing() {
    Throwable thrown = catchThrowable(() -> adapter().submit(skck("k-1", "KERJA_KANTORAN",
        "polres bandar lampung")));

    assertThat(thrown).isInstanceOf(MppValidationException.class);
    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactly("fields.keperluan", "fields.satwil");
    assertThat(thrown.getMessage()).doesNotContain("KERJA_KANTORAN")
        .doesNotContain("polres bandar lampung").doesNotContain(NIK).doesNotContain(NAME);
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void submit_whenPolsekIssuesForGoingAbroad_isRefusedBeforeSending() {
    Throwable thrown = catchThrowable(() -> adapter().submit(skck("k-1", "LUAR_NEGERI",
        "POLSEK-TKB")));

    assertThat(((MppValidationException) thrown).violations()).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("fields.satwil");
      assertThat(v.rule()).isEqualTo("polri.satwil.level");
    });
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void submit_whenPolsekIssuesForAJob_isRegistered() {
    SubmissionReceipt receipt = adapter().submit(skck("k-1", "MELAMAR_PEKERJAAN", "POLSEK-TKB"));

    assertThat(receipt.status()).isEqualTo(ApplicationStatus.RECEIVED);
  }

  @Test
  void submit_whenUnitUnknownToPolri_isRejectedTypedWithoutPersonalData() {
    Throwable thrown = catchThrowable(() -> adapter().submit(skck("k-1", "MELAMAR_PEKERJAAN",
        "POLRES-XYZ")));

    assertThat(thrown).isInstanceOf(AgencyRejectedException.class);
    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("SATWIL_TIDAK_DIKENAL");
    assertThat(thrown.toString()).doesNotContain(NIK).doesNotContain(NAME);
    assertThat(simulator().registrations()).isEmpty();
  }

  @Test
  void submit_whenTheNikHasAnSkckInProgress_isRefusedAndHoldsOne() {
    PolriAdapter adapter = adapter();
    adapter.submit(skck("k-1"));

    Throwable thrown = catchThrowable(() -> adapter.submit(skck("k-2")));

    assertThat(thrown).isInstanceOf(AgencyRejectedException.class);
    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("PENDAFTARAN_AKTIF");
    assertThat(thrown.toString()).doesNotContain(NIK);
    assertThat(simulator().registrations()).hasSize(1);
  }

  @Test
  void getSkck_whenNumberMalformed_isRefusedBeforeSending() {
    Throwable thrown = catchThrowable(() -> adapter().getSkck("../oauth/token"));

    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactly("registrationNumber");
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void getSkck_whenUnknown_isNotFound() {
    assertThat(catchThrowable(() -> adapter().getSkck("SKCK-00009999")))
        .isInstanceOf(NotFoundException.class);
  }

  // ---------------------------------------------------------------- OAuth, catalogue, config

  @Test
  void calls_whenSeveral_shareOneToken() {
    PolriAdapter adapter = adapter();

    String reg = adapter.submit(skck("k-1")).agencyReference();
    adapter.getStatus(reg);
    adapter.getSkck(reg);

    assertThat(simulator().tokensIssued()).isEqualTo(1);
    simulator().journal().assertReceived(1, "POST", PolriSkckSimulator.TOKEN_PATH);
    simulator().journal().assertReceived(1, "POST", API);
    simulator().journal().assertReceived(2, "GET", API);
  }

  @Test
  void calls_whenTokenRevoked_fetchANewOneAndSucceed() {
    PolriAdapter adapter = adapter();
    String reg = adapter.submit(skck("k-1")).agencyReference();
    simulator().revokeTokens();

    assertThat(adapter.getStatus(reg).status()).isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(simulator().tokensIssued()).isEqualTo(2);
  }

  @Test
  void calls_whenClientSecretWrong_areAuthenticationErrorsWithoutTheSecret() {
    Throwable thrown = catchThrowable(() -> adapter(Map.of("clientSecret", "wrong-secret-1"))
        .getStatus("SKCK-00000001"));

    assertThat(thrown).isInstanceOf(AgencyAuthenticationException.class);
    assertThat(thrown.toString()).doesNotContain("wrong-secret-1");
    simulator().journal().assertReceived(0, "GET", API);
  }

  @Test
  void listServices_publishesTheSkckStandardWithPnbpAndSixMonthsValidity() {
    assertThat(adapter().listServices()).singleElement().satisfies(s -> {
      assertThat(s.code().value()).isEqualTo("POLRI-SKCK-BARU");
      assertThat(ServiceCompleteness.of(s).complete()).isTrue();
      assertThat(s.delivery().fee().type()).isEqualTo(FeeType.PNBP);
      assertThat(s.delivery().fee().items()).singleElement()
          .satisfies(i -> assertThat(i.amount()).isEqualTo(Rupiah.of(30_000)));
      assertThat(s.delivery().product().validity()).isEqualTo(Validity.months(6));
    });
  }

  @Test
  void listServices_whenTariffConfigured_publishesTheConfiguredFee() {
    PolriAdapter adapter = adapter(Map.of("fee", "35000"));

    assertThat(adapter.fee()).isEqualTo(Rupiah.of(35_000));
    assertThat(adapter.listServices().get(0).delivery().fee().items().get(0).amount())
        .isEqualTo(Rupiah.of(35_000));
  }

  @Test
  void toString_showsNoSecret() {
    assertThat(adapter().toString()).contains("clientId=" + PolriAdapterContractIT.CLIENT_ID)
        .doesNotContain(PolriAdapterContractIT.CLIENT_SECRET);
  }
}
