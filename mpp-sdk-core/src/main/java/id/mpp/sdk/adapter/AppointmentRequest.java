package id.mpp.sdk.adapter;

import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.validation.Nik;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A request to book one of the agency's slots. Personal data: {@link #toString()} masks the NIK.
 *
 * @param serviceCode the service
 * @param date the day
 * @param start the start of the slot
 * @param nik the citizen's NIK, when the agency books by NIK, or {@code null}
 * @param trackingNumber the MPP's tracking number, when the booking concerns an application, or
 *     {@code null}
 * @param idempotencyKey the key of this booking, stable across retries
 */
public record AppointmentRequest(
    @NotNull ServiceCode serviceCode,
    @NotNull LocalDate date,
    @NotNull LocalTime start,
    Nik nik,
    @Size(max = 64) String trackingNumber,
    @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9._:-]+") String idempotencyKey) {

  /** Checks the required parts. */
  public AppointmentRequest {
    Objects.requireNonNull(serviceCode, "serviceCode");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
