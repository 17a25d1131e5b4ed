package id.mpp.sdk.adapters.bpjsketenagakerjaan;

import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.testkit.agencies.BpjsKetenagakerjaanSimulator;
import id.mpp.sdk.testkit.agencies.BpjsKetenagakerjaanSimulator.Member;
import id.mpp.sdk.testkit.agencies.BpjsKetenagakerjaanSimulator.State;
import id.mpp.sdk.testkit.conformance.ApplicationsContractTest;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * JHT claims through the BPJS Ketenagakerjaan adapter pass the applications kit (C-ADP-*,
 * C-APP-*): each key is a former worker of its own, claiming after leaving work.
 */
class BpjsKetenagakerjaanClaimsContractIT
    extends ApplicationsContractTest<BpjsKetenagakerjaanSimulator> {

  private static final String ACCOUNT = "0123456789012";

  private static String kpjFor(String key) {
    return "2" + String.format("%010d", Math.abs(key.hashCode()) % 1_000_000_000L);
  }

  private static String nikFor(String key) {
    return "187101020285" + String.format("%04d", 1 + Math.abs(key.hashCode()) % 9_998);
  }

  @Override
  protected AgencyAdapterProvider<?> provider() {
    return new BpjsKetenagakerjaanAdapterProvider();
  }

  @Override
  protected BpjsKetenagakerjaanSimulator newSimulator(Clock clock) {
    return new BpjsKetenagakerjaanSimulator(clock, BpjsKetenagakerjaanAdapterContractIT.API_KEY);
  }

  @Override
  protected Map<String, String> settings(BpjsKetenagakerjaanSimulator simulator) {
    return BpjsKetenagakerjaanAdapterContractIT.settingsFor(simulator);
  }

  @Override
  protected Map<String, String> invalidSettings() {
    return Map.of("baseUrl", "::not-a-url::", "kpjLength", "40");
  }

  @Override
  protected Collection<String> personalData() {
    return List.of(kpjFor("conformance-warm-up"), nikFor("conformance-warm-up"),
        kpjFor("conformance-privacy"), nikFor("conformance-privacy"), ACCOUNT);
  }

  @Override
  protected ApplicationSubmission submission(String idempotencyKey) {
    simulator().addMember(new Member(kpjFor(idempotencyKey), nikFor(idempotencyKey), "PU",
        LocalDate.of(2012, 5, 2), LocalDate.of(2026, 1, 31)));
    return new ApplicationSubmission("MPP-" + idempotencyKey, ServiceCode.of("BPJSTK-KLAIM-JHT"),
        new Applicant(Nik.parse(nikFor(idempotencyKey)), "Budi Santoso", null, null), List.of(),
        Map.of("kpj", kpjFor(idempotencyKey), "alasanKlaim", "MENGUNDURKAN_DIRI",
            "nomorRekening", ACCOUNT), idempotencyKey, START);
  }

  @Override
  protected int applicationsAtAgency(BpjsKetenagakerjaanSimulator simulator) {
    return simulator.claims().size();
  }

  @Override
  protected ApplicationStatus progressAtAgency(BpjsKetenagakerjaanSimulator simulator,
      String agencyReference) {
    simulator.advance(agencyReference, State.VERIFIKASI, null);
    return ApplicationStatus.IN_PROCESS;
  }

  @Override
  protected String unknownReference() {
    return "JHT-99999999";
  }
}
