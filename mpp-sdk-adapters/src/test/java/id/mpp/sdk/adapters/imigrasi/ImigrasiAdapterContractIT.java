package id.mpp.sdk.adapters.imigrasi;

import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.AppointmentRequest;
import id.mpp.sdk.adapter.AppointmentsCapability;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.testkit.agencies.ImigrasiSimulator;
import id.mpp.sdk.testkit.conformance.AgencyAdapterContractTest;
import id.mpp.sdk.validation.Nik;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The Imigrasi adapter passes the conformance kit (C-ADP-*) against its simulator; the kit has no
 * appointments or applications contract yet, so {@code ImigrasiAdapterIT} covers them.
 */
class ImigrasiAdapterContractIT extends AgencyAdapterContractTest<ImigrasiSimulator> {

  static final String KEY_ID = "mpp-bandar-lampung";
  static final String SECRET = "imigrasi-test-signing-secret";
  static final String OFFICE = "KANIM-BDL";
  static final ServiceCode PASSPORT = ServiceCode.of("IMIGRASI-PASPOR-BARU");
  static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);
  static final String NIK = "1871014101900003";

  static ImigrasiSimulator simulatorFor(Clock clock) {
    return new ImigrasiSimulator(clock, KEY_ID, SECRET, OFFICE);
  }

  static Map<String, String> settingsFor(ImigrasiSimulator simulator) {
    return Map.of("baseUrl", simulator.baseUri().toString(), "keyId", KEY_ID,
        "signingSecret", SECRET, "officeCode", OFFICE);
  }

  @Override
  protected AgencyAdapterProvider<?> provider() {
    return new ImigrasiAdapterProvider();
  }

  @Override
  protected ImigrasiSimulator newSimulator(Clock clock) {
    return simulatorFor(clock);
  }

  @Override
  protected Map<String, String> settings(ImigrasiSimulator simulator) {
    return settingsFor(simulator);
  }

  @Override
  protected Map<String, String> invalidSettings() {
    return Map.of("baseUrl", "https://imigrasi.example", "keyId", "mpp bandar lampung",
        "signingSecret", "short-secret", "officeCode", "kanim bdl", "feeElectronic48", "-5");
  }

  @Override
  protected Collection<String> personalData() {
    return List.of(NIK);
  }

  @Override
  protected void callAgency(AgencyAdapter adapter) {
    adapter.capability(AppointmentsCapability.class).orElseThrow().getQuota(PASSPORT, TUESDAY);
  }

  @Override
  protected void exercisePersonalData(AgencyAdapter adapter) {
    adapter.capability(AppointmentsCapability.class).orElseThrow().book(new AppointmentRequest(
        PASSPORT, TUESDAY, LocalTime.of(8, 0), Nik.parse(NIK), "MPP-20260302-0001",
        "c-adp-14"));
  }
}
