package id.mpp.sdk.adapters.polri;

import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.testkit.agencies.PolriSkckSimulator;
import id.mpp.sdk.testkit.agencies.PolriSkckSimulator.State;
import id.mpp.sdk.testkit.conformance.ApplicationsContractTest;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Polri SKCK adapter passes the conformance kit (C-ADP-*, C-APP-*) against its simulator. */
class PolriAdapterContractIT extends ApplicationsContractTest<PolriSkckSimulator> {

  static final String CLIENT_ID = "mpp-bandar-lampung";
  static final String CLIENT_SECRET = "polri-test-client-secret";
  static final String UNIT = "POLRES-BDL";
  static final String NAME = "Siti Aminah";

  static PolriSkckSimulator simulatorFor(Clock clock) {
    return new PolriSkckSimulator(clock, CLIENT_ID, CLIENT_SECRET,
        Set.of(UNIT, "POLSEK-TKB"));
  }

  static Map<String, String> settingsFor(PolriSkckSimulator simulator) {
    return Map.of("baseUrl", simulator.baseUri().toString(),
        "tokenUrl", simulator.baseUri() + PolriSkckSimulator.TOKEN_PATH,
        "clientId", CLIENT_ID, "clientSecret", CLIENT_SECRET);
  }

  /** A valid NIK per key: women born 1 Jan 1990 in Kota Bandar Lampung, serial from the key. */
  static String nikFor(String key) {
    return "187101410190" + String.format("%04d", 1 + Math.abs(key.hashCode()) % 9_998);
  }

  @Override
  protected AgencyAdapterProvider<?> provider() {
    return new PolriAdapterProvider();
  }

  @Override
  protected PolriSkckSimulator newSimulator(Clock clock) {
    return simulatorFor(clock);
  }

  @Override
  protected Map<String, String> settings(PolriSkckSimulator simulator) {
    return settingsFor(simulator);
  }

  @Override
  protected Map<String, String> invalidSettings() {
    return Map.of("baseUrl", "::not-a-url::", "clientId", "", "clientSecret", "secret-value",
        "fee", "-30000", "validityMonths", "0");
  }

  @Override
  protected Collection<String> personalData() {
    return List.of(nikFor("conformance-warm-up"), nikFor("conformance-privacy"), NAME);
  }

  @Override
  protected ApplicationSubmission submission(String idempotencyKey) {
    return new ApplicationSubmission("MPP-" + idempotencyKey, ServiceCode.of("POLRI-SKCK-BARU"),
        new Applicant(Nik.parse(nikFor(idempotencyKey)), NAME, null, null),
        List.of(), Map.of("keperluan", "MELAMAR_PEKERJAAN", "satwil", UNIT), idempotencyKey,
        START);
  }

  @Override
  protected int applicationsAtAgency(PolriSkckSimulator simulator) {
    return simulator.registrations().size();
  }

  @Override
  protected ApplicationStatus progressAtAgency(PolriSkckSimulator simulator,
      String agencyReference) {
    simulator.advance(agencyReference, State.MENUNGGU_PEMBAYARAN, null);
    return ApplicationStatus.IN_PROCESS;
  }

  @Override
  protected String unknownReference() {
    return "SKCK-99999999";
  }
}
