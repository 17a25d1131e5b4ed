package id.mpp.sdk.adapter;

import id.mpp.sdk.catalogue.Rupiah;
import java.time.Instant;
import java.util.Objects;

/**
 * A bill issued by the agency.
 *
 * @param billId the agency's id of the bill
 * @param paymentCode the code the citizen pays with (kode bayar, virtual account, billing code)
 * @param amount the amount
 * @param expiresAt when it expires, or {@code null} if it does not
 * @param status its state
 */
public record Bill(String billId, String paymentCode, Rupiah amount, Instant expiresAt,
    PaymentStatus status) {

  /** Checks the required parts. */
  public Bill {
    SubmissionReceipt.requireText(billId, "billId");
    SubmissionReceipt.requireText(paymentCode, "paymentCode");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(status, "status");
  }
}
