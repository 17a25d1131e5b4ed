package id.mpp.sdk.adapters.dukcapil;

import static id.mpp.sdk.adapters.dukcapil.DukcapilAdapterContractIT.ADDRESS;
import static id.mpp.sdk.adapters.dukcapil.DukcapilAdapterContractIT.KK;
import static id.mpp.sdk.adapters.dukcapil.DukcapilAdapterContractIT.MOTHER;
import static id.mpp.sdk.adapters.dukcapil.DukcapilAdapterContractIT.NAME;
import static id.mpp.sdk.adapters.dukcapil.DukcapilAdapterContractIT.NIK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.mpp.sdk.AgencyAuthenticationException;
import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.ElementMatch;
import id.mpp.sdk.adapter.IdentityCheck;
import id.mpp.sdk.adapter.IdentityElement;
import id.mpp.sdk.adapter.IdentityMatch;
import id.mpp.sdk.adapters.support.TestHub;
import id.mpp.sdk.catalogue.FeeType;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.catalogue.ServiceCompleteness;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.testkit.agencies.DukcapilSimulator;
import id.mpp.sdk.testkit.agencies.DukcapilSimulator.State;
import id.mpp.sdk.testkit.simulator.AgencySimulatorExtension;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Dukcapil beyond the kit: verification by element, document status flows, bad input. */
class DukcapilAdapterIT {

  private static final String UNKNOWN_NIK = "1871015505950001";
  private static final String VERIFY = "/dukcapil/v1/verifikasi-elemen";

  private final ManualClock clock =
      ManualClock.at(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Jakarta"));

  @RegisterExtension
  final AgencySimulatorExtension<DukcapilSimulator> dukcapil = AgencySimulatorExtension.of(
      () -> DukcapilAdapterContractIT.simulatorFor(clock));

  private TestHub hub;

  private DukcapilAdapter adapter(Map<String, String> overrides) {
    simulator().addResident(DukcapilAdapterContractIT.resident());
    Map<String, String> settings = new HashMap<>(
        DukcapilAdapterContractIT.settingsFor(simulator()));
    settings.putAll(overrides);
    hub = TestHub.of(new DukcapilAdapterProvider(), settings, clock);
    return (DukcapilAdapter) hub.adapter();
  }

  private DukcapilAdapter adapter() {
    return adapter(Map.of());
  }

  @AfterEach
  void closeHub() {
    if (hub != null) {
      hub.close();
    }
  }

  private DukcapilSimulator simulator() {
    return dukcapil.simulator();
  }

  private static IdentityCheck check(String nik, int threshold,
      Map<IdentityElement, String> claimed) {
    return new IdentityCheck(Nik.parse(nik), claimed, threshold, "verifikasi pemohon SKCK");
  }

  private static Map<IdentityElement, String> everyElement() {
    Map<IdentityElement, String> claimed = new EnumMap<>(IdentityElement.class);
    claimed.put(IdentityElement.FULL_NAME, NAME);
    claimed.put(IdentityElement.BIRTH_DATE, "1990-01-01");
    claimed.put(IdentityElement.BIRTH_PLACE, "Bandar Lampung");
    claimed.put(IdentityElement.MOTHER_NAME, MOTHER);
    claimed.put(IdentityElement.ADDRESS, ADDRESS);
    claimed.put(IdentityElement.GENDER, "PEREMPUAN");
    claimed.put(IdentityElement.FAMILY_CARD_NUMBER, KK);
    return claimed;
  }

  private static ApplicationSubmission application(String service, Map<String, String> fields) {
    return new ApplicationSubmission("MPP-20260302-0042", ServiceCode.of(service),
        new Applicant(Nik.parse(NIK), NAME, null, null), List.of(), fields, "k-" + service,
        Instant.parse("2026-03-02T01:00:00Z"));
  }

  // ---------------------------------------------------------------- verification

  @Test
  void verify_whenEveryElementIsRight_matchesEachWithFullScoreAndReturnsNoRecord() {
    IdentityMatch match = adapter().verify(check(NIK, 80, everyElement()));

    assertThat(match.nikFound()).isTrue();
    assertThat(match.matchedAll()).isTrue();
    assertThat(match.elements()).hasSize(7)
        .allSatisfy((element, result) -> assertThat(result).isEqualTo(new ElementMatch(true, 100)));
    assertThat(match.toString()).doesNotContain(NAME).doesNotContain(NIK)
        .doesNotContain("Bandar Lampung").doesNotContain(KK);
  }

  @Test
  void verify_whenTheNameHasATypo_scoresItAndMatchesOnlyAtALowerThreshold() {
    DukcapilAdapter adapter = adapter();
    Map<IdentityElement, String> claimed = Map.of(IdentityElement.FULL_NAME, "Siti Aminaa");

    ElementMatch lenient = adapter.verify(check(NIK, 80, claimed)).elements()
        .get(IdentityElement.FULL_NAME);
    ElementMatch strict = adapter.verify(check(NIK, 95, claimed)).elements()
        .get(IdentityElement.FULL_NAME);

    assertThat(lenient).isEqualTo(new ElementMatch(true, 91));
    assertThat(strict).isEqualTo(new ElementMatch(false, 91));
  }

  @Test
  void verify_whenTheBirthDateIsWrong_thatElementAloneFailsWithScoreZero() {
    IdentityMatch match = adapter().verify(check(NIK, 80, Map.of(
        IdentityElement.FULL_NAME, NAME, IdentityElement.BIRTH_DATE, "1990-01-02")));

    assertThat(match.elements().get(IdentityElement.FULL_NAME).matched()).isTrue();
    assertThat(match.elements().get(IdentityElement.BIRTH_DATE))
        .isEqualTo(new ElementMatch(false, 0));
    assertThat(match.matchedAll()).isFalse();
  }

  @Test
  void verify_whenTheNikHasNoRecord_isAnAnswerNotAnErrorInOneRequest() {
    IdentityMatch match = adapter().verify(check(UNKNOWN_NIK, 80,
        Map.of(IdentityElement.FULL_NAME, NAME)));

    assertThat(match.nikFound()).isFalse();
    assertThat(match.elements()).isEmpty();
    simulator().journal().assertReceived(1, "POST", VERIFY);
  }

  @Test
  void verify_whenClaimsAndThresholdAreWrong_namesEveryFieldEchoesNothingAndSendsNothing() {
    Map<IdentityElement, String> claimed = new EnumMap<>(IdentityElement.class);
    claimed.put(IdentityElement.FULL_NAME, NAME);
    claimed.put(IdentityElement.BIRTH_DATE, "01-01-1990");
    claimed.put(IdentityElement.GENDER, "WANITA");
    claimed.put(IdentityElement.FAMILY_CARD_NUMBER, "18710105");

    Throwable thrown = catchThrowable(() -> adapter().verify(check(NIK, 50, claimed)));

    assertThat(thrown).isInstanceOf(MppValidationException.class);
    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactly("thresholdPercent", "claimed.BIRTH_DATE", "claimed.GENDER",
            "claimed.FAMILY_CARD_NUMBER");
    assertThat(thrown.toString()).doesNotContain(NIK).doesNotContain(NAME)
        .doesNotContain("01-01-1990").doesNotContain("WANITA").doesNotContain("18710105");
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void verify_whenABirthDateIsInTheFuture_isRefusedBeforeSending() {
    Throwable thrown = catchThrowable(() -> adapter().verify(check(NIK, 80,
        Map.of(IdentityElement.BIRTH_DATE, "2026-03-03"))));

    assertThat(((MppValidationException) thrown).violations()).singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo("dukcapil.birthDate.future"));
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void verify_whenAccessIsRevoked_isAnAuthenticationErrorWithoutTheNik() {
    DukcapilAdapter adapter = adapter();
    simulator().revokeAccess();

    Throwable thrown = catchThrowable(() -> adapter.verify(check(NIK, 80,
        Map.of(IdentityElement.FULL_NAME, NAME))));

    assertThat(thrown).isInstanceOf(AgencyAuthenticationException.class)
        .hasMessageContaining("HTTP 403");
    assertThat(thrown.toString()).doesNotContain(NIK).doesNotContain(NAME);
    assertThat(simulator().verifications()).isZero();
  }

  @Test
  void verify_whenTheSigningSecretIsWrong_isAnAuthenticationErrorWithoutTheSecret() {
    DukcapilAdapter adapter = adapter(Map.of("signingSecret", "another-signing-secret"));

    Throwable thrown = catchThrowable(() -> adapter.verify(check(NIK, 80,
        Map.of(IdentityElement.FULL_NAME, NAME))));

    assertThat(thrown).isInstanceOf(AgencyAuthenticationException.class);
    assertThat(thrown.toString()).doesNotContain("another-signing-secret").doesNotContain(NIK);
    assertThat(simulator().verifications()).isZero();
  }

  @Test
  void identityCheck_printsTheNikMaskedAndNoClaimedValue() {
    String text = check(NIK, 80, everyElement()).toString();

    assertThat(text).doesNotContain(NIK).doesNotContain(NAME).doesNotContain(KK)
        .contains(Nik.parse(NIK).masked());
  }

  // ---------------------------------------------------------------- applications

  @Test
  void ktpEl_alongItsFlow_passesTheBiometricRecordingAndMapsEachStatus() {
    DukcapilAdapter adapter = adapter();
    String id = adapter.submit(application("DUKCAPIL-KTP-EL-BARU", Map.of())).agencyReference();
    List<Map.Entry<State, ApplicationStatus>> steps = List.of(
        Map.entry(State.VERIFIKASI, ApplicationStatus.IN_PROCESS),
        Map.entry(State.PEREKAMAN_BIOMETRIK, ApplicationStatus.IN_PROCESS),
        Map.entry(State.PENCETAKAN, ApplicationStatus.IN_PROCESS),
        Map.entry(State.SIAP_DIAMBIL, ApplicationStatus.READY_FOR_PICKUP),
        Map.entry(State.DIAMBIL, ApplicationStatus.COMPLETED));

    assertThat(adapter.getStatus(id).status()).isEqualTo(ApplicationStatus.RECEIVED);
    for (Map.Entry<State, ApplicationStatus> step : steps) {
      simulator().advance(id, step.getKey(), null);
      AgencyStatusReport report = adapter.getStatus(id);
      assertThat(report.status()).as("canonical status of %s", step.getKey())
          .isEqualTo(step.getValue());
      assertThat(report.nativeStatus()).isEqualTo(step.getKey().name());
    }
  }

  @Test
  void kk_whenDocumentsAreReturned_needsRevisionWithTheNoteThenGoesToPrinting() {
    DukcapilAdapter adapter = adapter();
    String id = adapter.submit(application("DUKCAPIL-KK-BARU",
        Map.of("alasanPenerbitan", "BARU_MENIKAH"))).agencyReference();
    simulator().advance(id, State.VERIFIKASI, null);

    simulator().advance(id, State.BERKAS_DIKEMBALIKAN, "Buku nikah belum dilampirkan");
    AgencyStatusReport returned = adapter.getStatus(id);
    simulator().advance(id, State.VERIFIKASI, null);
    simulator().advance(id, State.PENCETAKAN, null);

    assertThat(returned.status()).isEqualTo(ApplicationStatus.NEEDS_REVISION);
    assertThat(returned.findNote()).contains("Buku nikah belum dilampirkan");
    assertThat(adapter.getStatus(id).nativeStatus()).isEqualTo("PENCETAKAN");
  }

  @Test
  void aktaLahir_whenValid_isReceived() {
    assertThat(adapter().submit(application("DUKCAPIL-AKTA-LAHIR", Map.of("namaAnak",
        "Putri Aminah", "tanggalLahirAnak", "2026-02-20"))).status())
        .isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(simulator().applications()).singleElement()
        .satisfies(a -> assertThat(a.service()).isEqualTo("DUKCAPIL-AKTA-LAHIR"));
  }

  @Test
  void aktaLahir_whenFieldsAreWrong_namesBothEchoesNothingAndSendsNothing() {
    Throwable thrown = catchThrowable(() -> adapter().submit(application("DUKCAPIL-AKTA-LAHIR",
        Map.of("namaAnak", " ", "tanggalLahirAnak", "2026-03-09"))));

    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactly("fields.namaAnak", "fields.tanggalLahirAnak");
    assertThat(thrown.toString()).doesNotContain(NIK).doesNotContain("2026-03-09");
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void kk_whenTheReasonIsUnknown_namesTheField() {
    Throwable thrown = catchThrowable(() -> adapter().submit(application("DUKCAPIL-KK-BARU",
        Map.of("alasanPenerbitan", "LAINNYA"))));

    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactly("fields.alasanPenerbitan");
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void submit_whenTheServiceIsNotOffered_namesTheServiceCode() {
    Throwable thrown = catchThrowable(() -> adapter().submit(application("DUKCAPIL-PINDAH",
        Map.of())));

    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsExactly("serviceCode");
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void ktpEl_whenOneIsInProgress_aSecondIsRefusedAndOneIsHeld() {
    DukcapilAdapter adapter = adapter();
    adapter.submit(application("DUKCAPIL-KTP-EL-BARU", Map.of()));

    Throwable thrown = catchThrowable(() -> adapter.submit(new ApplicationSubmission(
        "MPP-20260302-0043", ServiceCode.of("DUKCAPIL-KTP-EL-BARU"),
        new Applicant(Nik.parse(NIK), NAME, null, null), List.of(), Map.of(), "k-second",
        Instant.parse("2026-03-02T01:00:00Z"))));

    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("PERMOHONAN_AKTIF");
    assertThat(thrown.toString()).doesNotContain(NIK);
    assertThat(simulator().applications()).hasSize(1);
  }

  @Test
  void cancel_afterPrinting_isRefusedAndTheApplicationGoesOn() {
    DukcapilAdapter adapter = adapter();
    String id = adapter.submit(application("DUKCAPIL-KK-BARU",
        Map.of("alasanPenerbitan", "PISAH_KK"))).agencyReference();
    simulator().advance(id, State.VERIFIKASI, null);
    simulator().advance(id, State.PENCETAKAN, null);

    Throwable thrown = catchThrowable(() -> adapter.cancel(id, "tidak jadi", "cancel-1"));

    assertThat(((AgencyRejectedException) thrown).agencyCode())
        .contains("TIDAK_DAPAT_DIBATALKAN");
    assertThat(adapter.getStatus(id).nativeStatus()).isEqualTo("PENCETAKAN");
  }

  // ---------------------------------------------------------------- catalogue, config

  @Test
  void listServices_publishesKtpElKkAndAktaFreeOfCharge() {
    List<ServiceDefinition> services = adapter().listServices();

    assertThat(services).extracting(s -> s.code().value()).containsExactly(
        "DUKCAPIL-KTP-EL-BARU", "DUKCAPIL-KK-BARU", "DUKCAPIL-AKTA-LAHIR");
    assertThat(services).allSatisfy(s -> {
      assertThat(ServiceCompleteness.of(s).complete()).isTrue();
      assertThat(s.delivery().fee().type()).isEqualTo(FeeType.FREE);
    });
  }

  @Test
  void toString_showsNeitherKeyIdNorSecret() {
    assertThat(adapter().toString()).contains("minimumThreshold=75")
        .doesNotContain(DukcapilAdapterContractIT.SECRET)
        .doesNotContain(DukcapilAdapterContractIT.KEY_ID);
  }
}
