package id.mpp.sdk.adapters.dukcapil;

import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.IdentityCapability;
import id.mpp.sdk.adapter.IdentityCheck;
import id.mpp.sdk.adapter.IdentityElement;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.testkit.agencies.DukcapilSimulator;
import id.mpp.sdk.testkit.agencies.DukcapilSimulator.Resident;
import id.mpp.sdk.testkit.agencies.DukcapilSimulator.State;
import id.mpp.sdk.testkit.conformance.ApplicationsContractTest;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The Dukcapil adapter passes the conformance kit (C-ADP-*, C-APP-*) against its simulator;
 * {@code DukcapilIdentityContractIT} runs the identity kit (C-IDN-*), and C-ADP-14 here also runs
 * one verification.
 */
class DukcapilAdapterContractIT extends ApplicationsContractTest<DukcapilSimulator> {

  static final String KEY_ID = "mpp-bandar-lampung";
  static final String SECRET = "dukcapil-test-signing-secret";
  static final String NIK = "1871014101900003";
  static final String KK = "1871010501150007";
  static final String NAME = "Siti Aminah";
  static final String MOTHER = "Rohana Hasibuan";
  static final String ADDRESS = "Jl. Raden Intan No. 12, Tanjung Karang";

  static DukcapilSimulator simulatorFor(Clock clock) {
    return new DukcapilSimulator(clock, KEY_ID, SECRET);
  }

  static Map<String, String> settingsFor(DukcapilSimulator simulator) {
    return Map.of("baseUrl", simulator.baseUri().toString(), "keyId", KEY_ID,
        "signingSecret", SECRET);
  }

  static Resident resident() {
    return new Resident(NIK, NAME, LocalDate.of(1990, 1, 1), "Bandar Lampung", MOTHER, ADDRESS,
        "PEREMPUAN", KK);
  }

  @Override
  protected AgencyAdapterProvider<?> provider() {
    return new DukcapilAdapterProvider();
  }

  @Override
  protected DukcapilSimulator newSimulator(Clock clock) {
    return simulatorFor(clock);
  }

  @Override
  protected Map<String, String> settings(DukcapilSimulator simulator) {
    return settingsFor(simulator);
  }

  @Override
  protected Map<String, String> invalidSettings() {
    return Map.of("baseUrl", "https://dukcapil.example", "keyId", "mpp bandar lampung",
        "signingSecret", "short-secret", "minimumThreshold", "101");
  }

  @Override
  protected Collection<String> personalData() {
    return List.of(NIK, KK, NAME, MOTHER, ADDRESS);
  }

  @Override
  protected ApplicationSubmission submission(String idempotencyKey) {
    simulator().addResident(resident());
    return new ApplicationSubmission("MPP-" + idempotencyKey, ServiceCode.of("DUKCAPIL-KK-BARU"),
        new Applicant(Nik.parse(NIK), NAME, null, null), List.of(),
        Map.of("alasanPenerbitan", "PERUBAHAN_DATA"), idempotencyKey, START);
  }

  @Override
  protected int applicationsAtAgency(DukcapilSimulator simulator) {
    return simulator.applications().size();
  }

  @Override
  protected ApplicationStatus progressAtAgency(DukcapilSimulator simulator,
      String agencyReference) {
    simulator.advance(agencyReference, State.VERIFIKASI, null);
    return ApplicationStatus.IN_PROCESS;
  }

  @Override
  protected String unknownReference() {
    return "DUK-99999999";
  }

  @Override
  protected void exercisePersonalData(AgencyAdapter adapter) {
    super.exercisePersonalData(adapter);
    adapter.capability(IdentityCapability.class).orElseThrow().verify(new IdentityCheck(
        Nik.parse(NIK), Map.of(IdentityElement.FULL_NAME, NAME, IdentityElement.MOTHER_NAME,
            MOTHER, IdentityElement.ADDRESS, ADDRESS, IdentityElement.FAMILY_CARD_NUMBER, KK),
        80, "verifikasi pemohon"));
  }
}
