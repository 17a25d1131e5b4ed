package id.mpp.sdk.adapters.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.AgencyAuthenticationException;
import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.adapter.Bill;
import id.mpp.sdk.adapter.BillRequest;
import id.mpp.sdk.adapter.PaymentStatus;
import id.mpp.sdk.adapter.PaymentStatusReport;
import id.mpp.sdk.adapters.support.TestHub;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.testkit.agencies.SnapBankSimulator;
import id.mpp.sdk.testkit.agencies.SnapBankSimulator.BillState;
import id.mpp.sdk.testkit.agencies.SnapBankSimulator.Partner;
import id.mpp.sdk.testkit.simulator.AgencySimulatorExtension;
import id.mpp.sdk.testkit.simulator.JournalEntry;
import id.mpp.sdk.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SNAP behaviour beyond the conformance kit: tokens, headers, the counter payment flow. */
class SnapBankAdapterIT {

  private static final Partner PARTNER = Partner.test("mpp-bandar-lampung", "12345");

  private final ManualClock clock =
      ManualClock.at(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Jakarta"));

  @RegisterExtension
  final AgencySimulatorExtension<SnapBankSimulator> bank = AgencySimulatorExtension.of(
      () -> new SnapBankSimulator("bank-lampung", clock, PARTNER));

  private TestHub hub;

  private SnapBankAdapter adapter(Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>(Map.of(
        "baseUrl", bank.simulator().baseUri().toString(),
        "clientId", PARTNER.clientId(),
        "clientSecret", PARTNER.clientSecret(),
        "privateKey", Partner.testPrivateKeyPem(),
        "partnerId", PARTNER.partnerId(),
        "companyCode", PARTNER.companyCode()));
    settings.putAll(overrides);
    hub = TestHub.of(new BankLampungAdapterProvider(), settings, clock);
    return (SnapBankAdapter) hub.adapter();
  }

  private SnapBankAdapter adapter() {
    return adapter(Map.of());
  }

  @AfterEach
  void closeHub() {
    if (hub != null) {
      hub.close();
    }
  }

  private BillRequest bill(String key) {
    return new BillRequest("MPP-20260302-0001", ServiceCode.of("RETRIBUSI-IMB"),
        Rupiah.of(30_000), "Retribusi pelayanan MPP", clock.instant().plus(Duration.ofDays(1)),
        key);
  }

  private static JsonNode body(JournalEntry entry) {
    return MppJson.defaults().read(entry.request().body(), JsonNode.class);
  }

  @Test
  void createBill_whenCalled_sendsPaddedPartnerServiceIdAndAmountAsString() {
    Bill created = adapter().createBill(bill("k-1"));

    JsonNode sent = body(bank.simulator().journal().entries("POST",
        SnapBankSimulator.CREATE_VA_PATH).get(0));
    assertThat(sent.get("partnerServiceId").asText()).isEqualTo("   12345");
    assertThat(sent.get("virtualAccountNo").asText()).isEqualTo("   12345" + created.billId());
    assertThat(sent.get("totalAmount").get("value").isTextual()).isTrue();
    assertThat(sent.get("totalAmount").get("value").asText()).isEqualTo("30000.00");
    assertThat(created.paymentCode()).isEqualTo("12345" + created.billId());
  }

  @Test
  void calls_whenSeveral_shareOneTokenAndUseFreshExternalIds() {
    SnapBankAdapter adapter = adapter();
    Bill created = adapter.createBill(bill("k-2"));
    adapter.getPaymentStatus(created.billId());
    adapter.getPaymentStatus(created.billId());

    assertThat(bank.simulator().tokensIssued()).isEqualTo(1);
    List<String> externalIds = bank.simulator().journal().entries().stream()
        .filter(e -> !e.request().path().equals(SnapBankSimulator.TOKEN_PATH))
        .map(e -> e.request().header("X-EXTERNAL-ID").orElseThrow()).toList();
    assertThat(externalIds).hasSize(3).doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).matches("\\d{1,36}"));
  }

  @Test
  void token_whenItsLifeEnds_isReplacedBeforeExpiry() {
    SnapBankAdapter adapter = adapter();
    Bill created = adapter.createBill(bill("k-3"));
    clock.advance(Duration.ofSeconds(850));

    adapter.getPaymentStatus(created.billId());

    assertThat(bank.simulator().tokensIssued()).isEqualTo(2);
    assertThat(bank.simulator().journal().unmatchedTotal()).isZero();
  }

  @Test
  void token_whenBankRevokesIt_isFetchedAgainAndCallSucceeds() {
    SnapBankAdapter adapter = adapter();
    Bill created = adapter.createBill(bill("k-4"));
    bank.simulator().revokeTokens();

    PaymentStatusReport report = adapter.getPaymentStatus(created.billId());

    assertThat(report.status()).isEqualTo(PaymentStatus.UNPAID);
    assertThat(bank.simulator().tokensIssued()).isEqualTo(2);
  }

  @Test
  void token_whenKeyNotRegisteredAtBank_isAuthenticationErrorWithoutSecrets() {
    SnapBankAdapter adapter = adapter(Map.of("clientId", "unknown-client"));

    assertThatThrownBy(() -> adapter.createBill(bill("k-5")))
        .isInstanceOf(AgencyAuthenticationException.class)
        .hasMessageContaining("4017300")
        .hasMessageNotContaining(PARTNER.clientSecret());
    assertThat(bank.simulator().bills()).isEmpty();
  }

  @Test
  void collectPayment_whenUnpaid_paysInFullAndReportsPaid() {
    SnapBankAdapter adapter = adapter();
    Bill created = adapter.createBill(bill("k-6"));

    PaymentStatusReport paid = adapter.collectPayment(created.billId(), Rupiah.of(30_000),
        "PAY-0001");

    assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
    assertThat(paid.findPaidAmount()).contains(Rupiah.of(30_000));
    assertThat(paid.findPaidAt()).contains(clock.instant());
    assertThat(bank.simulator().findBill("   12345" + created.billId()).orElseThrow().status())
        .isEqualTo(BillState.PAID);
    JsonNode payment = body(bank.simulator().journal().entries("POST",
        SnapBankSimulator.PAYMENT_PATH).get(0));
    assertThat(payment.get("paidAmount").get("value").asText()).isEqualTo("30000.00");
    assertThat(payment.get("paymentRequestId").asText()).isEqualTo("PAY-0001");
    assertThat(adapter.getPaymentStatus(created.billId()).status()).isEqualTo(PaymentStatus.PAID);
  }

  @Test
  void collectPayment_whenRepeatedWithSameId_paysOnce() {
    SnapBankAdapter adapter = adapter();
    Bill created = adapter.createBill(bill("k-7"));
    adapter.collectPayment(created.billId(), Rupiah.of(30_000), "PAY-0002");

    PaymentStatusReport again = adapter.collectPayment(created.billId(), Rupiah.of(30_000),
        "PAY-0002");

    assertThat(again.status()).isEqualTo(PaymentStatus.PAID);
    assertThat(bank.simulator().findBill("   12345" + created.billId()).orElseThrow()
        .paymentRequestId()).isEqualTo("PAY-0002");
  }

  @Test
  void collectPayment_whenPaidByAnotherPayment_isRejectedAsPaidBill() {
    SnapBankAdapter adapter = adapter();
    Bill created = adapter.createBill(bill("k-8"));
    adapter.collectPayment(created.billId(), Rupiah.of(30_000), "PAY-0003");

    assertThatThrownBy(() -> adapter.collectPayment(created.billId(), Rupiah.of(30_000),
        "PAY-0004")).isInstanceOf(AgencyRejectedException.class)
        .satisfies(e -> assertThat(((AgencyRejectedException) e).agencyCode())
            .contains("4042514"));
  }

  @Test
  void collectPayment_whenAmountShort_isRejectedAndBillStaysUnpaid() {
    SnapBankAdapter adapter = adapter();
    Bill created = adapter.createBill(bill("k-9"));

    assertThatThrownBy(() -> adapter.collectPayment(created.billId(), Rupiah.of(20_000),
        "PAY-0005")).isInstanceOf(AgencyRejectedException.class)
        .satisfies(e -> assertThat(((AgencyRejectedException) e).agencyCode())
            .contains("4042513"));
    assertThat(adapter.getPaymentStatus(created.billId()).status())
        .isEqualTo(PaymentStatus.UNPAID);
  }

  @Test
  void getPaymentStatus_whenBillBlocked_isNotFound() {
    SnapBankAdapter adapter = adapter();
    Bill created = adapter.createBill(bill("k-10"));
    bank.simulator().block("   12345" + created.billId());

    assertThatThrownBy(() -> adapter.getPaymentStatus(created.billId()))
        .isInstanceOf(id.mpp.sdk.NotFoundException.class);
  }

  @Test
  void customerNo_whenSameKey_isStableSixteenDigits() {
    assertThat(SnapBankAdapter.customerNo("k-1")).hasSize(16).matches("\\d{16}")
        .isEqualTo(SnapBankAdapter.customerNo("k-1"))
        .isNotEqualTo(SnapBankAdapter.customerNo("k-2"));
  }
}
