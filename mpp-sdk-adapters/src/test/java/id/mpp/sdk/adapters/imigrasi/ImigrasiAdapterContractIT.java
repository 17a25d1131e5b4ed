package id.mpp.sdk.adapters.imigrasi;

import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.AppointmentRequest;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.testkit.agencies.ImigrasiSimulator;
import id.mpp.sdk.testkit.conformance.AppointmentsContractTest;
import id.mpp.sdk.validation.Nik;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;

/**
 * The Imigrasi adapter passes the conformance kit (C-ADP-*, C-APT-*) against its simulator: each
 * key is a citizen of its own booking the Tuesday 08:00 session for a new passport. Quotas at the
 * boundary and the passport applications are covered by {@code ImigrasiAdapterIT}.
 */
class ImigrasiAdapterContractIT extends AppointmentsContractTest<ImigrasiSimulator> {

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
  protected AppointmentRequest booking(String idempotencyKey) {
    String nik = "187101410190" + String.format(Locale.ROOT, "%04d",
        1 + Math.abs(idempotencyKey.hashCode()) % 9_998);
    return new AppointmentRequest(PASSPORT, TUESDAY, LocalTime.of(8, 0), Nik.parse(nik),
        "MPP-" + idempotencyKey, idempotencyKey);
  }

  @Override
  protected void limitSession(ImigrasiSimulator simulator, AppointmentRequest request,
      int places) {
    simulator.setSlotCapacity(places);
  }

  @Override
  protected int bookingsAtAgency(ImigrasiSimulator simulator) {
    return simulator.bookings().size();
  }

  @Override
  protected String unknownBookingReference() {
    return "JT-00009999";
  }

  @Override
  protected LocalDate dayWithoutQuota() {
    return LocalDate.of(2026, 3, 7);
  }
}
