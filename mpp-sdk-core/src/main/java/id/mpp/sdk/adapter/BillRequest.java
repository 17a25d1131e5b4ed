package id.mpp.sdk.adapter;

import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.catalogue.ServiceCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/**
 * A request for a bill (tagihan, for example a PNBP fee) for an application.
 *
 * @param trackingNumber the MPP's tracking number of the application
 * @param serviceCode the service the fee is for
 * @param amount the amount
 * @param description what the citizen pays for, without personal data
 * @param expiresAt when the bill should expire, or {@code null} for the agency's default
 * @param idempotencyKey the key of this request, stable across retries
 */
public record BillRequest(
    @NotBlank @Size(max = 64) String trackingNumber,
    @NotNull ServiceCode serviceCode,
    @NotNull Rupiah amount,
    @NotBlank @Size(max = 200) String description,
    Instant expiresAt,
    @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9._:-]+") String idempotencyKey) {

  /** Checks the required parts. */
  public BillRequest {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(serviceCode, "serviceCode");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
