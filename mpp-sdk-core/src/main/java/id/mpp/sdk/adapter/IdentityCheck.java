package id.mpp.sdk.adapter;

import id.mpp.sdk.validation.Nik;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Objects;

/**
 * A request to check what a citizen claims against the agency's record for a NIK (as Dukcapil's
 * verification by elements does). The agency answers with match results and scores only, never
 * the record. Personal data: {@link #toString()} shows the masked NIK and the element names only.
 *
 * @param nik the NIK
 * @param claimed the claimed value of each element to check
 * @param thresholdPercent the similarity (0-100) at or above which an element counts as a match
 * @param purpose why the check is made (UU PDP: a stated purpose), for example
 *     {@code "verifikasi pemohon SKCK"}
 */
public record IdentityCheck(
    @NotNull Nik nik,
    @NotEmpty Map<@NotNull IdentityElement, @NotBlank @Size(max = 500) String> claimed,
    @Min(0) @Max(100) int thresholdPercent,
    @NotBlank @Size(max = 200) String purpose) {

  /** Checks the required parts and copies the claims. */
  public IdentityCheck {
    Objects.requireNonNull(nik, "nik");
    claimed = Map.copyOf(claimed);
    Objects.requireNonNull(purpose, "purpose");
  }

  /** @return the masked NIK, the element names, the threshold and the purpose */
  @Override
  public String toString() {
    return "IdentityCheck[" + nik + ", elements=" + claimed.keySet().stream().sorted().toList()
        + ", thresholdPercent=" + thresholdPercent + ", purpose=" + purpose + "]";
  }
}
