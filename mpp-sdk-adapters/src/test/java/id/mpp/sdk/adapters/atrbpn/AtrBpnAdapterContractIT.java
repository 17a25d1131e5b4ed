package id.mpp.sdk.adapters.atrbpn;

import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.testkit.agencies.AtrBpnSimulator;
import id.mpp.sdk.testkit.agencies.AtrBpnSimulator.Certificate;
import id.mpp.sdk.testkit.conformance.ApplicationsContractTest;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The ATR/BPN adapter passes the conformance kit (C-ADP-*, faults included, and C-APP-*) against
 * its simulator.
 */
class AtrBpnAdapterContractIT extends ApplicationsContractTest<AtrBpnSimulator> {

  static final String CLIENT_ID = "mpp-bandar-lampung";
  static final String CLIENT_SECRET = "atrbpn-test-client-secret";
  static final String CERTIFICATE = "18.71.01.02.1.00123";
  static final String PARCEL = "18710102000123";
  static final String NIK = "1871014101900003";
  static final String NAME = "Siti Aminah";

  static Map<String, String> settingsFor(AtrBpnSimulator simulator) {
    return Map.of("baseUrl", simulator.baseUri().toString(),
        "tokenUrl", simulator.baseUri() + AtrBpnSimulator.TOKEN_PATH,
        "clientId", CLIENT_ID, "clientSecret", CLIENT_SECRET);
  }

  @Override
  protected AgencyAdapterProvider<?> provider() {
    return new AtrBpnAdapterProvider();
  }

  @Override
  protected AtrBpnSimulator newSimulator(Clock clock) {
    return new AtrBpnSimulator(clock, CLIENT_ID, CLIENT_SECRET);
  }

  @Override
  protected Map<String, String> settings(AtrBpnSimulator simulator) {
    return settingsFor(simulator);
  }

  @Override
  protected Map<String, String> invalidSettings() {
    return Map.of("baseUrl", "::not-a-url::", "clientId", "", "clientSecret", "secret-value",
        "certificateNumberPattern", "([unclosed", "feeRoya", "-50000");
  }

  @Override
  protected Collection<String> personalData() {
    return List.of(NIK, NAME);
  }

  /** Each key is a roya of the same mortgaged certificate, under its own tracking number. */
  @Override
  protected ApplicationSubmission submission(String idempotencyKey) {
    if (simulator().findCertificate(CERTIFICATE).isEmpty()) {
      simulator().addCertificate(Certificate.hakMilik(CERTIFICATE, PARCEL, 1));
    }
    return new ApplicationSubmission("MPP-" + idempotencyKey, ServiceCode.of("ATRBPN-ROYA"),
        new Applicant(Nik.parse(NIK), NAME, "081234567890", null), List.of(),
        Map.of("nomorSertifikat", CERTIFICATE, "nibBidang", PARCEL), idempotencyKey, START);
  }

  @Override
  protected int applicationsAtAgency(AtrBpnSimulator simulator) {
    return simulator.berkasCount();
  }

  @Override
  protected ApplicationStatus progressAtAgency(AtrBpnSimulator simulator,
      String agencyReference) {
    simulator.advance(agencyReference);
    simulator.advance(agencyReference);
    return ApplicationStatus.IN_PROCESS;
  }

  @Override
  protected String unknownReference() {
    return "BRK-99999999";
  }
}
