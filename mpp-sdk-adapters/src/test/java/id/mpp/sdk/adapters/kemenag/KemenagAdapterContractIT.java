package id.mpp.sdk.adapters.kemenag;

import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.testkit.agencies.KemenagSimulator;
import id.mpp.sdk.testkit.conformance.ApplicationsContractTest;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The Kemenag adapter passes the conformance kit (C-ADP-*, faults included, and C-APP-*) against
 * its simulator, with marriage registrations at the KUA.
 */
class KemenagAdapterContractIT extends ApplicationsContractTest<KemenagSimulator> {

  static final String API_KEY = "kemenag-test-api-key";
  static final String KUA = "KUA-187101";
  static final String GROOM = "1871010101900005";
  static final String BRIDE = "1871014101900003";
  static final String BRIDE_NAME = "Siti Aminah";

  @Override
  protected AgencyAdapterProvider<?> provider() {
    return new KemenagAdapterProvider();
  }

  @Override
  protected KemenagSimulator newSimulator(Clock clock) {
    return new KemenagSimulator(clock, API_KEY, KUA);
  }

  @Override
  protected Map<String, String> settings(KemenagSimulator simulator) {
    return Map.of("baseUrl", simulator.baseUri().toString(), "apiKey", API_KEY, "kuaCode", KUA);
  }

  @Override
  protected Map<String, String> invalidSettings() {
    return Map.of("baseUrl", "not a url at all", "apiKey", "some-api-key-value",
        "kuaCode", "kua kedaton", "officeHoursStart", "17:00", "officeHoursEnd", "08:00",
        "feeOutsideKua", "-600000");
  }

  @Override
  protected Collection<String> personalData() {
    return List.of(GROOM, BRIDE, BRIDE_NAME);
  }

  /** Each key is a marriage at the KUA on Wednesday 22 April 2026, under its own tracking number. */
  @Override
  protected ApplicationSubmission submission(String idempotencyKey) {
    return new ApplicationSubmission("MPP-" + idempotencyKey, KemenagAdapter.MARRIAGE,
        new Applicant(Nik.parse(BRIDE), BRIDE_NAME, "081234567890", null), List.of(),
        Map.of("nikCalonSuami", GROOM, "nikCalonIstri", BRIDE, "tanggalAkad", "2026-04-22",
            "jamAkad", "09:00", "tempatAkad", "KUA"), idempotencyKey, START);
  }

  @Override
  protected int applicationsAtAgency(KemenagSimulator simulator) {
    return simulator.registrationCount();
  }

  @Override
  protected ApplicationStatus progressAtAgency(KemenagSimulator simulator,
      String agencyReference) {
    simulator.advance(agencyReference);
    return ApplicationStatus.IN_PROCESS;
  }

  @Override
  protected String unknownReference() {
    return "NKH-99999999";
  }
}
