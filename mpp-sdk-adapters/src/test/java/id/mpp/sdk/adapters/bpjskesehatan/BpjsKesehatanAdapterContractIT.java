package id.mpp.sdk.adapters.bpjskesehatan;

import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.MembershipQuery;
import id.mpp.sdk.testkit.agencies.BpjsKesehatanSimulator;
import id.mpp.sdk.testkit.agencies.BpjsKesehatanSimulator.Credentials;
import id.mpp.sdk.testkit.conformance.MembershipContractTest;
import id.mpp.sdk.validation.Nik;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** The BPJS Kesehatan adapter passes the conformance kit against the BPJS simulator. */
class BpjsKesehatanAdapterContractIT extends MembershipContractTest<BpjsKesehatanSimulator> {

  private static final LocalDate SEP_DATE = LocalDate.of(2026, 3, 2);

  @Override
  protected AgencyAdapterProvider<?> provider() {
    return new BpjsKesehatanAdapterProvider();
  }

  @Override
  protected BpjsKesehatanSimulator newSimulator(Clock clock) {
    return new BpjsKesehatanSimulator(clock);
  }

  @Override
  protected Map<String, String> settings(BpjsKesehatanSimulator simulator) {
    Credentials credentials = simulator.credentials();
    return Map.of(
        "vclaimBaseUrl", simulator.vclaimBaseUri().toString(),
        "antreanBaseUrl", simulator.antreanBaseUri().toString(),
        "consId", credentials.consId(),
        "secretKey", credentials.secretKey(),
        "vclaimUserKey", credentials.vclaimUserKey(),
        "antreanUserKey", credentials.antreanUserKey());
  }

  @Override
  protected Map<String, String> invalidSettings() {
    return Map.of(
        "vclaimBaseUrl", "not a url at all",
        "consId", "cons-id-with-letters",
        "secretKey", "a-secret-value");
  }

  @Override
  protected MembershipQuery activeMemberByNumber() {
    return MembershipQuery.byMemberNumber(
        BpjsKesehatanSimulator.ACTIVE_PARTICIPANT.cardNumber(), SEP_DATE);
  }

  @Override
  protected MembershipQuery activeMemberByNik() {
    return MembershipQuery.byNik(Nik.parse(BpjsKesehatanSimulator.ACTIVE_PARTICIPANT.nik()),
        SEP_DATE);
  }

  @Override
  protected MembershipQuery inactiveMember() {
    return MembershipQuery.byMemberNumber(
        BpjsKesehatanSimulator.INACTIVE_PARTICIPANT.cardNumber(), SEP_DATE);
  }

  @Override
  protected MembershipQuery unknownMember() {
    return MembershipQuery.byMemberNumber("0009999999999", SEP_DATE);
  }

  /** The agency's services come from the MPP's catalogue; the adapter publishes none. */
  @Override
  protected boolean offersCatalogue() {
    return false;
  }
}
