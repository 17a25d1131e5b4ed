package id.mpp.sdk.adapters.bpjsketenagakerjaan;

import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.MembershipQuery;
import id.mpp.sdk.testkit.agencies.BpjsKetenagakerjaanSimulator;
import id.mpp.sdk.testkit.agencies.BpjsKetenagakerjaanSimulator.Member;
import id.mpp.sdk.testkit.conformance.MembershipContractTest;
import id.mpp.sdk.validation.Nik;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * The BPJS Ketenagakerjaan adapter passes the conformance kit (C-ADP-*, C-MEM-*) against its
 * simulator; {@code BpjsKetenagakerjaanClaimsContractIT} runs the applications kit on JHT claims.
 */
class BpjsKetenagakerjaanAdapterContractIT
    extends MembershipContractTest<BpjsKetenagakerjaanSimulator> {

  static final String API_KEY = "bpjstk-test-api-key";
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final String ACTIVE_KPJ = "12345678901";
  static final String ACTIVE_NIK = "1871014101900003";
  static final String FORMER_KPJ = "12345678902";
  static final String FORMER_NIK = "1871010202850004";
  static final String UNKNOWN_KPJ = "19999999999";

  static Map<String, String> settingsFor(BpjsKetenagakerjaanSimulator simulator) {
    return Map.of("baseUrl", simulator.baseUri().toString(), "apiKey", API_KEY);
  }

  /** The active wage earner and the member who stopped working at the end of January. */
  static void seed(BpjsKetenagakerjaanSimulator simulator) {
    simulator.addMember(new Member(ACTIVE_KPJ, ACTIVE_NIK, "PU", LocalDate.of(2015, 7, 1), null));
    simulator.addMember(new Member(FORMER_KPJ, FORMER_NIK, "PU", LocalDate.of(2010, 1, 4),
        LocalDate.of(2026, 1, 31)));
  }

  @Override
  protected AgencyAdapterProvider<?> provider() {
    return new BpjsKetenagakerjaanAdapterProvider();
  }

  @Override
  protected BpjsKetenagakerjaanSimulator newSimulator(Clock clock) {
    return new BpjsKetenagakerjaanSimulator(clock, API_KEY);
  }

  @Override
  protected Map<String, String> settings(BpjsKetenagakerjaanSimulator simulator) {
    seed(simulator);
    return settingsFor(simulator);
  }

  @Override
  protected Map<String, String> invalidSettings() {
    return Map.of("baseUrl", "::not-a-url::", "apiKey", "some-api-key-value", "kpjLength", "3",
        "deadline", "soon");
  }

  @Override
  protected MembershipQuery activeMemberByNumber() {
    return MembershipQuery.byMemberNumber(ACTIVE_KPJ, TODAY);
  }

  @Override
  protected MembershipQuery activeMemberByNik() {
    return MembershipQuery.byNik(Nik.parse(ACTIVE_NIK), TODAY);
  }

  @Override
  protected MembershipQuery inactiveMember() {
    return MembershipQuery.byMemberNumber(FORMER_KPJ, TODAY);
  }

  @Override
  protected MembershipQuery unknownMember() {
    return MembershipQuery.byMemberNumber(UNKNOWN_KPJ, TODAY);
  }
}
