package id.mpp.sdk.adapters.oss;

import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.testkit.agencies.OssSimulator;
import id.mpp.sdk.testkit.agencies.OssSimulator.Business;
import id.mpp.sdk.testkit.conformance.AgencyAdapterContractTest;
import id.mpp.sdk.validation.Nib;
import id.mpp.sdk.validation.Nik;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The DPMPTSP / OSS adapter passes the conformance kit (C-ADP-*) against its simulator; the kit
 * has no applications contract yet, so {@code OssAdapterIT} covers submissions.
 */
class OssAdapterContractIT extends AgencyAdapterContractTest<OssSimulator> {

  static final String CLIENT_ID = "dpmptsp-bandar-lampung";
  static final String CLIENT_SECRET = "oss-test-client-secret";
  static final String NIB = "9120001234567";
  static final String NIK = "1871014101900003";
  static final String OWNER = "Siti Aminah";

  @Override
  protected AgencyAdapterProvider<?> provider() {
    return new OssAdapterProvider();
  }

  @Override
  protected OssSimulator newSimulator(Clock clock) {
    return new OssSimulator(clock, CLIENT_ID, CLIENT_SECRET);
  }

  static Map<String, String> settingsFor(OssSimulator simulator) {
    return Map.of("baseUrl", simulator.baseUri().toString(),
        "tokenUrl", simulator.baseUri() + OssSimulator.TOKEN_PATH,
        "clientId", CLIENT_ID, "clientSecret", CLIENT_SECRET);
  }

  @Override
  protected Map<String, String> settings(OssSimulator simulator) {
    return settingsFor(simulator);
  }

  @Override
  protected Map<String, String> invalidSettings() {
    return Map.of("baseUrl", "::not-a-url::", "clientId", "", "clientSecret", "secret-value",
        "deadline", "soon");
  }

  @Override
  protected Collection<String> personalData() {
    return List.of(NIK, OWNER);
  }

  @Override
  protected void callAgency(AgencyAdapter adapter) {
    simulator().addBusiness(Business.micro(NIB, "Warung " + OWNER));
    ((OssAdapter) adapter).getBusiness(Nib.parse(NIB));
  }

  @Override
  protected void exercisePersonalData(AgencyAdapter adapter) {
    adapter.capability(ApplicationsCapability.class).orElseThrow().submit(
        new ApplicationSubmission("MPP-20260302-0001", ServiceCode.of("DPMPTSP-PERIZINAN-BERUSAHA"),
            new Applicant(Nik.parse(NIK), OWNER, "+6281234567890", null), List.of(),
            Map.of("nib", NIB, "kbli", "56103", "tingkatRisiko", "RENDAH"), "c-adp-14",
            START));
  }
}
