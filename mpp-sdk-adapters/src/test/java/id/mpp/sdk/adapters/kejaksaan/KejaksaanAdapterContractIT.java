package id.mpp.sdk.adapters.kejaksaan;

import id.mpp.sdk.adapter.Bill;
import id.mpp.sdk.adapter.BillRequest;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.testkit.agencies.KejaksaanSimulator;
import id.mpp.sdk.testkit.agencies.KejaksaanSimulator.TilangCase;
import id.mpp.sdk.testkit.conformance.PaymentsContractTest;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The Kejaksaan adapter passes the conformance kit (C-ADP-*, C-PAY-*) against its simulator. */
class KejaksaanAdapterContractIT extends PaymentsContractTest<KejaksaanSimulator> {

  static final String API_KEY = "kejaksaan-test-api-key";
  static final Rupiah FINE = Rupiah.of(250_000);
  static final Rupiah COURT_COST = Rupiah.of(1_000);
  static final String PLATE = "BE1234XY";

  @Override
  protected AgencyAdapterProvider<?> provider() {
    return new KejaksaanAdapterProvider();
  }

  @Override
  protected KejaksaanSimulator newSimulator(Clock clock) {
    return new KejaksaanSimulator(clock, API_KEY);
  }

  @Override
  protected Map<String, String> settings(KejaksaanSimulator simulator) {
    return Map.of("baseUrl", simulator.baseUri().toString(), "apiKey", API_KEY);
  }

  @Override
  protected Map<String, String> invalidSettings() {
    return Map.of("baseUrl", "not a url at all", "apiKey", "some-api-key-value",
        "ticketNumberPattern", "([unclosed", "billValidity", "forever");
  }

  @Override
  protected Collection<String> personalData() {
    return List.of(PLATE);
  }

  /** Each idempotency key gets its own case, linked to its own tracking number. */
  @Override
  protected BillRequest billRequest(String idempotencyKey) {
    String register = "G" + String.format("%07d", Math.abs(idempotencyKey.hashCode()) % 10_000_000);
    String tracking = "MPP-" + idempotencyKey;
    if (simulator().findCase(register).isEmpty()) {
      simulator().addCase(TilangCase.decided(register, "8801" + register.substring(1) + "0000",
          PLATE, FINE, COURT_COST, "SIM"));
    }
    simulator().registerApplication(tracking, register);
    return new BillRequest(tracking, ServiceCode.of("KEJAKSAAN-TILANG"), FINE.plus(COURT_COST),
        "Denda tilang dan biaya perkara", clock.instant().plus(Duration.ofDays(1)),
        idempotencyKey);
  }

  @Override
  protected void payAtAgency(KejaksaanSimulator simulator, Bill bill) {
    simulator.payThroughBriva(bill.billId());
  }

  @Override
  protected int billsAtAgency(KejaksaanSimulator simulator) {
    return simulator.bills().size();
  }

  @Override
  protected String unknownBillId() {
    return "TGH-99999999";
  }

  @Override
  protected void exercisePersonalData(AgencyAdapter adapter) {
    ((KejaksaanAdapter) adapter).listFinesByPlate(PlateNumber.parse(PLATE));
  }
}
