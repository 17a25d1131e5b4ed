package id.mpp.sdk.adapter;

/** The agency (or its bank) issues bills for its fees and reports whether they were paid. */
public interface PaymentsCapability extends AgencyCapability {

  /**
   * Issues a bill. Asking again with the same idempotency key returns the same bill.
   *
   * @param request the bill
   * @return the issued bill
   */
  Bill createBill(BillRequest request);

  /**
   * The state of a bill.
   *
   * @param billId the agency's id of the bill
   * @return its state
   * @throws id.mpp.sdk.NotFoundException if the agency does not know the bill
   */
  PaymentStatusReport getPaymentStatus(String billId);
}
