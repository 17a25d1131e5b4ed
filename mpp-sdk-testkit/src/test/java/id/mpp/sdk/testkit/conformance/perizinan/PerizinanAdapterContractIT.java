package id.mpp.sdk.testkit.conformance.perizinan;

import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.testkit.conformance.ApplicationsContractTest;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The licensing-office adapter passes the conformance kit (C-ADP-*, catalogue C-ADP-16 included,
 * and C-APP-*) against its simulator.
 */
class PerizinanAdapterContractIT extends ApplicationsContractTest<PerizinanSimulator> {

  static final String API_KEY = "perizinan-test-api-key";
  static final String NIK = "3201014507900001";
  static final String NAME = "Siti Rahmawati";

  @Override
  protected AgencyAdapterProvider<?> provider() {
    return new PerizinanAdapterProvider();
  }

  @Override
  protected PerizinanSimulator newSimulator(Clock clock) {
    return new PerizinanSimulator(clock, API_KEY);
  }

  @Override
  protected Map<String, String> settings(PerizinanSimulator simulator) {
    return Map.of("baseUrl", simulator.baseUri().toString(), "apiKey", API_KEY);
  }

  @Override
  protected Map<String, String> invalidSettings() {
    return Map.of("baseUrl", "not a url at all", "deadline", "forever");
  }

  @Override
  protected Collection<String> personalData() {
    return List.of(NIK, NAME);
  }

  @Override
  protected ApplicationSubmission submission(String idempotencyKey) {
    return new ApplicationSubmission("MPP-" + idempotencyKey, ServiceCode.of("DPMPTSP-PBG"),
        new Applicant(Nik.parse(NIK), NAME, "081234567890", null), List.of(), Map.of(),
        idempotencyKey, START);
  }

  @Override
  protected int applicationsAtAgency(PerizinanSimulator simulator) {
    return simulator.count();
  }

  @Override
  protected ApplicationStatus progressAtAgency(PerizinanSimulator simulator,
      String agencyReference) {
    simulator.moveTo(agencyReference, "PROSES");
    return ApplicationStatus.IN_PROCESS;
  }

  @Override
  protected String unknownReference() {
    return "REG-999999";
  }
}
