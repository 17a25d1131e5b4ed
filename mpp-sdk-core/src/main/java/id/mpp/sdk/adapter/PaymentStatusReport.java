package id.mpp.sdk.adapter;

import id.mpp.sdk.catalogue.Rupiah;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of a bill.
 *
 * @param billId the agency's id of the bill
 * @param nativeStatus the agency's status as it wrote it
 * @param status the canonical state
 * @param paidAmount the amount paid, or {@code null} if nothing was paid
 * @param paidAt when it was paid, or {@code null}
 */
public record PaymentStatusReport(String billId, String nativeStatus, PaymentStatus status,
    Rupiah paidAmount, Instant paidAt) {

  /** Checks the required parts. */
  public PaymentStatusReport {
    SubmissionReceipt.requireText(billId, "billId");
    Objects.requireNonNull(nativeStatus, "nativeStatus");
    Objects.requireNonNull(status, "status");
  }

  /** @return the amount paid, if any */
  public Optional<Rupiah> findPaidAmount() {
    return Optional.ofNullable(paidAmount);
  }

  /** @return when it was paid, if it was */
  public Optional<Instant> findPaidAt() {
    return Optional.ofNullable(paidAt);
  }
}
