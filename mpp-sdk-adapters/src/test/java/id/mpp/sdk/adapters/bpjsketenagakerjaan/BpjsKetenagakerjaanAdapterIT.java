package id.mpp.sdk.adapters.bpjsketenagakerjaan;

import static id.mpp.sdk.adapters.bpjsketenagakerjaan.BpjsKetenagakerjaanAdapterContractIT.ACTIVE_KPJ;
import static id.mpp.sdk.adapters.bpjsketenagakerjaan.BpjsKetenagakerjaanAdapterContractIT.ACTIVE_NIK;
import static id.mpp.sdk.adapters.bpjsketenagakerjaan.BpjsKetenagakerjaanAdapterContractIT.FORMER_KPJ;
import static id.mpp.sdk.adapters.bpjsketenagakerjaan.BpjsKetenagakerjaanAdapterContractIT.FORMER_NIK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.mpp.sdk.AgencyAuthenticationException;
import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.MembershipQuery;
import id.mpp.sdk.adapter.MembershipStatus;
import id.mpp.sdk.adapters.support.TestHub;
import id.mpp.sdk.catalogue.FeeType;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.catalogue.ServiceCompleteness;
import id.mpp.sdk.testkit.agencies.BpjsKetenagakerjaanSimulator;
import id.mpp.sdk.testkit.agencies.BpjsKetenagakerjaanSimulator.State;
import id.mpp.sdk.testkit.simulator.AgencySimulatorExtension;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** BPJS Ketenagakerjaan beyond the kit: membership by date, the JHT claim flow, bad input. */
class BpjsKetenagakerjaanAdapterIT {

  private static final String ACCOUNT = "0123456789012";
  private static final String KEY = BpjsKetenagakerjaanAdapterContractIT.API_KEY;
  private static final String API = "/bpjstk/v1/.*";

  private final ManualClock clock =
      ManualClock.at(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Jakarta"));

  @RegisterExtension
  final AgencySimulatorExtension<BpjsKetenagakerjaanSimulator> bpjs =
      AgencySimulatorExtension.of(() -> new BpjsKetenagakerjaanSimulator(clock, KEY));

  private TestHub hub;

  private BpjsKetenagakerjaanAdapter adapter(Map<String, String> overrides) {
    BpjsKetenagakerjaanAdapterContractIT.seed(simulator());
    Map<String, String> settings = new HashMap<>(
        BpjsKetenagakerjaanAdapterContractIT.settingsFor(simulator()));
    settings.putAll(overrides);
    hub = TestHub.of(new BpjsKetenagakerjaanAdapterProvider(), settings, clock);
    return (BpjsKetenagakerjaanAdapter) hub.adapter();
  }

  private BpjsKetenagakerjaanAdapter adapter() {
    return adapter(Map.of());
  }

  @AfterEach
  void closeHub() {
    if (hub != null) {
      hub.close();
    }
  }

  private BpjsKetenagakerjaanSimulator simulator() {
    return bpjs.simulator();
  }

  private static ApplicationSubmission claim(String key, String nik, Map<String, String> fields) {
    return new ApplicationSubmission("MPP-20260302-0042", ServiceCode.of("BPJSTK-KLAIM-JHT"),
        new Applicant(Nik.parse(nik), "Budi Santoso", null, null), List.of(), fields, key,
        Instant.parse("2026-03-02T01:00:00Z"));
  }

  private static ApplicationSubmission resignation(String key) {
    return claim(key, FORMER_NIK, Map.of("kpj", FORMER_KPJ, "alasanKlaim", "MENGUNDURKAN_DIRI",
        "nomorRekening", ACCOUNT));
  }

  // ---------------------------------------------------------------- membership

  @Test
  void checkMembership_whenActiveByKpj_isActiveWithItsSegment() {
    MembershipStatus status = adapter().checkMembership(
        MembershipQuery.byMemberNumber(ACTIVE_KPJ, LocalDate.of(2026, 3, 2)));

    assertThat(status.active()).isTrue();
    assertThat(status.nativeStatus()).isEqualTo("1");
    assertThat(status.statusDescription()).isEqualTo("AKTIF");
    assertThat(status.findMembershipType()).contains("PU");
    assertThat(status.toString()).doesNotContain(ACTIVE_KPJ).doesNotContain(ACTIVE_NIK);
  }

  @Test
  void checkMembership_ofAFormerWorker_isActiveBeforeLeavingAndInactiveAfter() {
    BpjsKetenagakerjaanAdapter adapter = adapter();

    MembershipStatus before = adapter.checkMembership(
        MembershipQuery.byNik(Nik.parse(FORMER_NIK), LocalDate.of(2026, 1, 31)));
    MembershipStatus after = adapter.checkMembership(
        MembershipQuery.byNik(Nik.parse(FORMER_NIK), LocalDate.of(2026, 2, 1)));

    assertThat(before.active()).isTrue();
    assertThat(after.found()).isTrue();
    assertThat(after.active()).isFalse();
    assertThat(after.statusDescription()).isEqualTo("NONAKTIF");
  }

  @Test
  void checkMembership_whenTheKpjHasTheWrongLength_namesTheFieldEchoesNothingSendsNothing() {
    Throwable thrown = catchThrowable(() -> adapter().checkMembership(
        MembershipQuery.byMemberNumber("1234567890", LocalDate.of(2026, 3, 2))));

    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactly("memberNumber");
    assertThat(thrown.toString()).doesNotContain("1234567890");
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void checkMembership_whenAnotherKpjLengthIsConfigured_acceptsThatLengthOnly() {
    Throwable thrown = catchThrowable(() -> adapter(Map.of("kpjLength", "12")).checkMembership(
        MembershipQuery.byMemberNumber(ACTIVE_KPJ, LocalDate.of(2026, 3, 2))));

    assertThat(((MppValidationException) thrown).violations()).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("12 digits"));
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void checkMembership_whenTheApiKeyIsWrong_isAnAuthenticationErrorWithoutTheKey() {
    Throwable thrown = catchThrowable(() -> adapter(Map.of("apiKey", "wrong-api-key-1"))
        .checkMembership(MembershipQuery.byMemberNumber(ACTIVE_KPJ, LocalDate.of(2026, 3, 2))));

    assertThat(thrown).isInstanceOf(AgencyAuthenticationException.class);
    assertThat(thrown.toString()).doesNotContain("wrong-api-key-1").doesNotContain(ACTIVE_KPJ);
  }

  // ---------------------------------------------------------------- JHT claims

  @Test
  void jhtClaim_alongItsFlow_mapsEachStatusAndEndsPaidWithTheAmount() {
    BpjsKetenagakerjaanAdapter adapter = adapter();
    String id = adapter.submit(resignation("k-1")).agencyReference();
    List<Map.Entry<State, ApplicationStatus>> steps = List.of(
        Map.entry(State.VERIFIKASI, ApplicationStatus.IN_PROCESS),
        Map.entry(State.BERKAS_DIKEMBALIKAN, ApplicationStatus.NEEDS_REVISION),
        Map.entry(State.VERIFIKASI, ApplicationStatus.IN_PROCESS),
        Map.entry(State.WAWANCARA, ApplicationStatus.IN_PROCESS),
        Map.entry(State.DISETUJUI, ApplicationStatus.IN_PROCESS));

    assertThat(adapter.getStatus(id).status()).isEqualTo(ApplicationStatus.RECEIVED);
    for (Map.Entry<State, ApplicationStatus> step : steps) {
      simulator().advance(id, step.getKey(), null);
      AgencyStatusReport report = adapter.getStatus(id);
      assertThat(report.status()).as("canonical status of %s", step.getKey())
          .isEqualTo(step.getValue());
      assertThat(report.nativeStatus()).isEqualTo(step.getKey().name());
    }
    simulator().pay(id, Rupiah.of(12_500_000));
    AgencyStatusReport paid = adapter.getStatus(id);

    assertThat(paid.status()).isEqualTo(ApplicationStatus.COMPLETED);
    assertThat(paid.findNote()).contains("Saldo JHT Rp12.500.000 ditransfer ke rekening peserta");
  }

  @Test
  void jhtClaim_whenDocumentsAreReturned_carriesTheNote() {
    BpjsKetenagakerjaanAdapter adapter = adapter();
    String id = adapter.submit(resignation("k-1")).agencyReference();
    simulator().advance(id, State.VERIFIKASI, null);

    simulator().advance(id, State.BERKAS_DIKEMBALIKAN, "Paklaring belum dilampirkan");

    assertThat(adapter.getStatus(id).findNote()).contains("Paklaring belum dilampirkan");
  }

  @Test
  void jhtClaim_whenRefusedAfterTheInterview_isRejected() {
    BpjsKetenagakerjaanAdapter adapter = adapter();
    String id = adapter.submit(resignation("k-1")).agencyReference();
    simulator().advance(id, State.VERIFIKASI, null);
    simulator().advance(id, State.WAWANCARA, null);

    simulator().advance(id, State.DITOLAK, "Data rekening tidak sesuai");

    assertThat(adapter.getStatus(id).status()).isEqualTo(ApplicationStatus.REJECTED);
  }

  @Test
  void submit_whenEveryFieldIsWrong_namesAllEchoesNothingAndSendsNothing() {
    Throwable thrown = catchThrowable(() -> adapter().submit(claim("k-1", FORMER_NIK,
        Map.of("kpj", "1234", "alasanKlaim", "BOSAN", "nomorRekening", "12-34"))));

    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactly("fields.kpj", "fields.alasanKlaim", "fields.nomorRekening");
    assertThat(thrown.toString()).doesNotContain("BOSAN").doesNotContain("12-34")
        .doesNotContain(FORMER_NIK);
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void submit_whenResigningWhileStillActive_isRefusedAndHoldsNoClaim() {
    Throwable thrown = catchThrowable(() -> adapter().submit(claim("k-1", ACTIVE_NIK,
        Map.of("kpj", ACTIVE_KPJ, "alasanKlaim", "MENGUNDURKAN_DIRI",
            "nomorRekening", ACCOUNT))));

    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("MASIH_AKTIF_BEKERJA");
    assertThat(thrown.toString()).doesNotContain(ACTIVE_KPJ).doesNotContain(ACTIVE_NIK);
    assertThat(simulator().claims()).isEmpty();
  }

  @Test
  void submit_whenTheKpjIsSomeoneElses_isRefused() {
    Throwable thrown = catchThrowable(() -> adapter().submit(claim("k-1", ACTIVE_NIK,
        Map.of("kpj", FORMER_KPJ, "alasanKlaim", "PENSIUN", "nomorRekening", ACCOUNT))));

    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("KPJ_TIDAK_SESUAI");
    assertThat(simulator().claims()).isEmpty();
  }

  @Test
  void submit_whenAClaimIsInProgress_refusesASecondAndHoldsOne() {
    BpjsKetenagakerjaanAdapter adapter = adapter();
    adapter.submit(resignation("k-1"));

    Throwable thrown = catchThrowable(() -> adapter.submit(resignation("k-2")));

    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("KLAIM_AKTIF");
    assertThat(simulator().claims()).hasSize(1);
  }

  @Test
  void cancel_afterTheInterviewStarted_isRefusedAndTheClaimGoesOn() {
    BpjsKetenagakerjaanAdapter adapter = adapter();
    String id = adapter.submit(resignation("k-1")).agencyReference();
    simulator().advance(id, State.VERIFIKASI, null);
    simulator().advance(id, State.WAWANCARA, null);

    Throwable thrown = catchThrowable(() -> adapter.cancel(id, "tidak jadi", "cancel-1"));

    assertThat(((AgencyRejectedException) thrown).agencyCode())
        .contains("TIDAK_DAPAT_DIBATALKAN");
    assertThat(adapter.getStatus(id).nativeStatus()).isEqualTo("WAWANCARA");
    simulator().journal().assertReceived(1, "POST", API + "/batal");
  }

  // ---------------------------------------------------------------- catalogue, config

  @Test
  void listServices_publishesTheCompleteFreeJhtClaimStandard() {
    assertThat(adapter().listServices()).singleElement().satisfies(s -> {
      assertThat(s.code().value()).isEqualTo("BPJSTK-KLAIM-JHT");
      assertThat(ServiceCompleteness.of(s).complete()).isTrue();
      assertThat(s.delivery().fee().type()).isEqualTo(FeeType.FREE);
    });
  }

  @Test
  void toString_showsNoApiKey() {
    assertThat(adapter().toString()).contains("kpjLength=11").doesNotContain(KEY);
  }
}
