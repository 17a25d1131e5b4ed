package id.mpp.sdk.adapters.bank;

import id.mpp.sdk.adapter.Bill;
import id.mpp.sdk.adapter.BillRequest;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.testkit.agencies.SnapBankSimulator;
import id.mpp.sdk.testkit.agencies.SnapBankSimulator.Partner;
import id.mpp.sdk.testkit.conformance.PaymentsContractTest;
import java.time.Duration;
import java.util.Map;

/**
 * The SNAP bank adapter against the SNAP bank simulator, for one configured bank; a subclass per
 * bank names it. (Abstract and not named *Test/*IT: the build runs only the subclasses.)
 */
abstract class SnapBankContractTest extends PaymentsContractTest<SnapBankSimulator> {

  /** The company code the bank issued to the MPP in these tests. */
  static final String COMPANY_CODE = "12345";

  static Partner partner(String clientId) {
    return Partner.test(clientId, COMPANY_CODE);
  }

  @Override
  protected Map<String, String> settings(SnapBankSimulator simulator) {
    Partner partner = simulator.partner();
    return Map.of(
        "baseUrl", simulator.baseUri().toString(),
        "clientId", partner.clientId(),
        "clientSecret", partner.clientSecret(),
        "privateKey", Partner.testPrivateKeyPem(),
        "partnerId", partner.partnerId(),
        "companyCode", partner.companyCode());
  }

  @Override
  protected Map<String, String> invalidSettings() {
    return Map.of(
        "baseUrl", "https://bank.example",
        "clientId", "mpp",
        "clientSecret", "client-secret-value",
        "privateKey", "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----",
        "partnerId", "MPP12345",
        "companyCode", "12ab5",
        "channelId", "toolong");
  }

  @Override
  protected BillRequest billRequest(String idempotencyKey) {
    return new BillRequest("MPP-20260302-0001", ServiceCode.of("RETRIBUSI-IMB"),
        Rupiah.of(30_000), "Retribusi pelayanan MPP", clock.instant().plus(Duration.ofDays(1)),
        idempotencyKey);
  }

  @Override
  protected void payAtAgency(SnapBankSimulator simulator, Bill bill) {
    simulator.payThroughOtherChannel(SnapVirtualAccount.padPartnerServiceId(COMPANY_CODE)
        + bill.billId());
  }

  @Override
  protected int billsAtAgency(SnapBankSimulator simulator) {
    return simulator.bills().size();
  }

  @Override
  protected String unknownBillId() {
    return "9999999999999999";
  }

  /** The agency's services come from the MPP's catalogue; the adapter publishes none. */
  @Override
  protected boolean offersCatalogue() {
    return false;
  }
}
