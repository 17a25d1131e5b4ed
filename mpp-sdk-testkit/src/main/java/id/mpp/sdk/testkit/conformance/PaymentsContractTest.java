package id.mpp.sdk.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.Bill;
import id.mpp.sdk.adapter.BillRequest;
import id.mpp.sdk.adapter.PaymentStatus;
import id.mpp.sdk.adapter.PaymentStatusReport;
import id.mpp.sdk.adapter.PaymentsCapability;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for adapters offering {@link PaymentsCapability} (contract ids
 * {@code C-PAY-xx}), on top of every {@link AgencyAdapterContractTest} contract.
 *
 * @param <S> the agency simulator
 */
public abstract class PaymentsContractTest<S extends AgencySimulator>
    extends AgencyAdapterContractTest<S> {

  private Bill warmUpBill;

  /**
   * A valid bill request for this agency, expiring within a week of the test's clock.
   *
   * @param idempotencyKey the key to use
   * @return the request
   */
  protected abstract BillRequest billRequest(String idempotencyKey);

  /**
   * The citizen pays the bill in full at the agency (or its bank), outside the adapter.
   *
   * @param simulator the simulator
   * @param bill the bill
   */
  protected abstract void payAtAgency(S simulator, Bill bill);

  /**
   * @param simulator the simulator
   * @return how many bills the agency holds
   */
  protected abstract int billsAtAgency(S simulator);

  /** @return a bill id the agency does not know */
  protected abstract String unknownBillId();

  private PaymentsCapability payments() {
    return capability(PaymentsCapability.class);
  }

  @Override
  protected void callAgency(AgencyAdapter adapter) {
    PaymentsCapability payments = adapter.capability(PaymentsCapability.class).orElseThrow();
    if (warmUpBill == null) {
      warmUpBill = payments.createBill(billRequest("conformance-warm-up"));
    }
    payments.getPaymentStatus(warmUpBill.billId());
  }

  @Test
  @DisplayName("C-PAY-01 payments: a new bill is unpaid, for the amount asked, with a payment"
      + " code")
  void createBill_issuesUnpaidBillForAmount() {
    BillRequest request = billRequest("pay-01");

    Bill bill = payments().createBill(request);

    assertThat(bill.status()).isEqualTo(PaymentStatus.UNPAID);
    assertThat(bill.amount()).isEqualTo(request.amount());
    assertThat(bill.paymentCode()).isNotBlank();
    assertThat(billsAtAgency(simulator())).isEqualTo(1);
  }

  @Test
  @DisplayName("C-PAY-02 payments: the status of a new bill is UNPAID")
  void getPaymentStatus_whenNew_isUnpaid() {
    Bill bill = payments().createBill(billRequest("pay-02"));

    PaymentStatusReport report = payments().getPaymentStatus(bill.billId());

    assertThat(report.billId()).isEqualTo(bill.billId());
    assertThat(report.status()).isEqualTo(PaymentStatus.UNPAID);
  }

  @Test
  @DisplayName("C-PAY-03 payments: asking again with the same idempotency key returns the same"
      + " bill and creates none")
  @Tag("reliability")
  void createBill_whenRepeatedWithSameKey_returnsSameBill() {
    Bill first = payments().createBill(billRequest("pay-03"));

    Bill again = payments().createBill(billRequest("pay-03"));

    assertThat(again.billId()).isEqualTo(first.billId());
    assertThat(again.paymentCode()).isEqualTo(first.paymentCode());
    assertThat(billsAtAgency(simulator())).isEqualTo(1);
  }

  @Test
  @DisplayName("C-PAY-04 payments: when the answer is lost after the agency acted, resubmitting"
      + " with the same key leaves one bill")
  @Tag("reliability")
  void createBill_whenAnswerLost_resubmissionLeavesOneBill() {
    callAgency(adapter());
    int before = billsAtAgency(simulator());

    Bill bill = repeatAfterLostAnswer(() -> payments().createBill(billRequest("pay-04")));

    assertThat(bill.status()).isEqualTo(PaymentStatus.UNPAID);
    assertThat(billsAtAgency(simulator())).isEqualTo(before + 1);
  }

  @Test
  @DisplayName("C-PAY-05 payments: a bill paid at the agency reports PAID")
  void getPaymentStatus_whenPaidAtAgency_isPaid() {
    Bill bill = payments().createBill(billRequest("pay-05"));
    payAtAgency(simulator(), bill);

    assertThat(payments().getPaymentStatus(bill.billId()).status())
        .isEqualTo(PaymentStatus.PAID);
  }

  @Test
  @DisplayName("C-PAY-06 payments: an unpaid bill past its expiry reports EXPIRED")
  void getPaymentStatus_whenPastExpiry_isExpired() {
    Bill bill = payments().createBill(billRequest("pay-06"));
    assertThat(bill.expiresAt()).as("the bill's expiry").isNotNull();
    clock.set(bill.expiresAt().plus(Duration.ofMinutes(1)));

    assertThat(payments().getPaymentStatus(bill.billId()).status())
        .isEqualTo(PaymentStatus.EXPIRED);
  }

  @Test
  @DisplayName("C-PAY-07 payments: an unknown bill is NotFoundException")
  void getPaymentStatus_whenUnknown_isNotFound() {
    callAgency(adapter());

    Throwable thrown = catchThrowable(() -> payments().getPaymentStatus(unknownBillId()));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertSafeError(thrown);
  }
}
