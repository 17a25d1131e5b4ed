package id.mpp.sdk.adapters.polri;

import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.tracking.ApplicationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An SKCK registration as Polri holds it: its registration number, the payment number (kode
 * pembayaran, BRIVA or cash at the counter) and the PNBP, where it stands and, once issued, the
 * SKCK's number and validity. Carries no personal data.
 *
 * @param registrationNumber the nomor registrasi
 * @param paymentCode the kode pembayaran to pay the PNBP with
 * @param fee the PNBP billed
 * @param purpose the keperluan
 * @param issuingUnit the satwil penerbit
 * @param nativeStatus Polri's status as it wrote it, for example {@code PENELITIAN_CATATAN}
 * @param status the canonical status
 * @param updatedAt when the status was set
 * @param skckNumber the nomor SKCK once issued, or {@code null}
 * @param issuedOn the tanggal terbit, or {@code null}
 * @param validUntil the berlaku sampai (six months after issue), or {@code null}
 * @param recordFound whether a police record was found (catatan {@code ADA}), or {@code null}
 *     before issue
 * @param note the officer's note, without personal data, or {@code null}
 */
public record SkckRegistration(String registrationNumber, String paymentCode, Rupiah fee,
    SkckPurpose purpose, String issuingUnit, String nativeStatus, ApplicationStatus status,
    Instant updatedAt, String skckNumber, LocalDate issuedOn, LocalDate validUntil,
    Boolean recordFound, String note) {

  /** Checks the required parts. */
  public SkckRegistration {
    Objects.requireNonNull(registrationNumber, "registrationNumber");
    Objects.requireNonNull(paymentCode, "paymentCode");
    Objects.requireNonNull(fee, "fee");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(issuingUnit, "issuingUnit");
    Objects.requireNonNull(nativeStatus, "nativeStatus");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** @return the nomor SKCK, once issued */
  public Optional<String> findSkckNumber() {
    return Optional.ofNullable(skckNumber);
  }

  /** @return the last day the SKCK is valid, once issued */
  public Optional<LocalDate> findValidUntil() {
    return Optional.ofNullable(validUntil);
  }

  /**
   * Whether the issued SKCK is still valid on a day.
   *
   * @param day the day
   * @return {@code false} before issue or after {@link #validUntil()}
   */
  public boolean isValidOn(LocalDate day) {
    return issuedOn != null && validUntil != null && !day.isBefore(issuedOn)
        && !day.isAfter(validUntil);
  }
}
