package id.mpp.sdk.adapter;

import id.mpp.sdk.validation.Nik;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The citizen an application is for, as far as the agency needs to know. Personal data: {@link
 * #toString()} shows only the masked NIK.
 *
 * @param nik the applicant's NIK
 * @param fullName the name as on the KTP-el
 * @param phone a phone number for status messages, digits with an optional leading {@code +}, or
 *     {@code null}
 * @param email an e-mail address, or {@code null}
 */
public record Applicant(
    @NotNull Nik nik,
    @NotBlank @Size(max = 200) String fullName,
    @Pattern(regexp = "\\+?[0-9]{8,15}") String phone,
    @Email @Size(max = 254) String email) {

  /** Checks that the NIK and the name are present. */
  public Applicant {
    Objects.requireNonNull(nik, "nik");
    Objects.requireNonNull(fullName, "fullName");
  }

  /** @return the masked NIK only; never the name, phone or e-mail */
  @Override
  public String toString() {
    return "Applicant[" + nik + "]";
  }
}
