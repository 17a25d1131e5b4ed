package id.mpp.sdk.adapters.pengadilanagama;

import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.testkit.agencies.PengadilanAgamaSimulator;
import id.mpp.sdk.testkit.conformance.ApplicationsContractTest;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The Pengadilan Agama adapter passes the conformance kit (C-ADP-*, faults included, and
 * C-APP-*) against its simulator, with cerai gugat registrations.
 */
class PengadilanAgamaAdapterContractIT extends ApplicationsContractTest<PengadilanAgamaSimulator> {

  static final String KEY_ID = "mpp-bandar-lampung";
  static final String SECRET = "pa-test-signing-secret-value";
  static final String COURT = "PA-TNK";
  static final String WIFE = "1871014101900003";
  static final String WIFE_NAME = "Siti Aminah";
  static final String HUSBAND = "1871010101900005";

  static Map<String, String> settingsFor(PengadilanAgamaSimulator simulator) {
    return Map.of("baseUrl", simulator.baseUri().toString(), "keyId", KEY_ID,
        "signingSecret", SECRET, "courtCode", COURT);
  }

  @Override
  protected AgencyAdapterProvider<?> provider() {
    return new PengadilanAgamaAdapterProvider();
  }

  @Override
  protected PengadilanAgamaSimulator newSimulator(Clock clock) {
    return new PengadilanAgamaSimulator(clock, KEY_ID, SECRET, COURT);
  }

  @Override
  protected Map<String, String> settings(PengadilanAgamaSimulator simulator) {
    return settingsFor(simulator);
  }

  @Override
  protected Map<String, String> invalidSettings() {
    return Map.of("baseUrl", "https://pa.example", "keyId", "mpp bandar lampung",
        "signingSecret", "short-secret", "courtCode", "pa tanjung karang",
        "summonsFeeByRadius", "lima puluh ribu", "respondentSummons", "99");
  }

  @Override
  protected Collection<String> personalData() {
    return List.of(WIFE, WIFE_NAME, HUSBAND);
  }

  @Override
  protected ApplicationSubmission submission(String idempotencyKey) {
    return new ApplicationSubmission("MPP-" + idempotencyKey, ServiceCode.of("PA-CERAI-GUGAT"),
        new Applicant(Nik.parse(WIFE), WIFE_NAME, "081234567890", null), List.of(),
        Map.of("radiusPemohon", "1", "radiusTermohon", "2", "nikTermohon", HUSBAND),
        idempotencyKey, START);
  }

  @Override
  protected int applicationsAtAgency(PengadilanAgamaSimulator simulator) {
    return simulator.caseCount();
  }

  @Override
  protected ApplicationStatus progressAtAgency(PengadilanAgamaSimulator simulator,
      String agencyReference) {
    simulator.recordPanjarPayment(agencyReference);
    return ApplicationStatus.IN_PROCESS;
  }

  @Override
  protected String unknownReference() {
    return "ECRT-99999999";
  }
}
