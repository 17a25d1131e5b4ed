package id.mpp.sdk.adapters.imigrasi;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.config.Secret;
import id.mpp.sdk.config.Setting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;

/**
 * Settings of the Imigrasi adapter, bound from {@code mpp.adapter.imigrasi.*}. The passport fees
 * are PNBP under PP 28/2019; they are settings so that a change of the regulation needs no new
 * adapter.
 *
 * @param baseUrl the base URL of the Imigrasi API; the paths {@code /paspor/v1/...} follow it
 * @param keyId the signing key id Imigrasi issued to the MPP ({@code X-Key-Id})
 * @param signingSecret the shared HMAC-SHA256 secret, at least 16 characters
 * @param officeCode the code of the Kantor Imigrasi serving this MPP, for example
 *     {@code KANIM-BDL} (UNCONFIRMED: the real office codes are not public)
 * @param feeOrdinary48 the PNBP of a paspor biasa 48 halaman (non-electronic), in rupiah
 * @param feeElectronic48 the PNBP of a paspor elektronik 48 halaman, in rupiah
 * @param feePolycarbonate the PNBP of a paspor elektronik polikarbonat, in rupiah (UNCONFIRMED:
 *     assumed equal to the electronic passport)
 * @param maxSlotDays the longest range of days one slot look-up may ask for
 * @param deadline the deadline of one call, retries included
 */
public record ImigrasiConfig(
    @Setting(description = "Base URL of the Imigrasi passport API",
        example = "https://api.imigrasi.go.id")
    @NotNull URI baseUrl,
    @Setting(description = "Signing key id issued by Imigrasi (X-Key-Id)")
    @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String keyId,
    @Setting(description = "Shared HMAC-SHA256 signing secret, at least 16 characters")
    @NotNull Secret signingSecret,
    @Setting(description = "Code of the Kantor Imigrasi serving this MPP (UNCONFIRMED format)",
        example = "KANIM-BDL")
    @NotNull @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*") String officeCode,
    @Setting(description = "PNBP of a paspor biasa 48 halaman (PP 28/2019)",
        defaultValue = "350000")
    @Min(0) @Max(100_000_000) long feeOrdinary48,
    @Setting(description = "PNBP of a paspor elektronik 48 halaman (PP 28/2019)",
        defaultValue = "650000")
    @Min(0) @Max(100_000_000) long feeElectronic48,
    @Setting(description = "PNBP of a paspor elektronik polikarbonat (UNCONFIRMED)",
        defaultValue = "650000")
    @Min(0) @Max(100_000_000) long feePolycarbonate,
    @Setting(description = "Longest range of days of one slot look-up", defaultValue = "31")
    @Min(1) @Max(92) int maxSlotDays,
    @Setting(description = "Deadline of one call, retries included", defaultValue = "20s")
    @NotNull Duration deadline) {

  /**
   * Checks the length of the signing secret.
   *
   * @throws MppValidationException if it is shorter than 16 characters; never quoting it
   */
  public ImigrasiConfig {
    if (signingSecret != null && signingSecret.length() < 16) {
      throw MppValidationException.of("signingSecret", "config.secret.length",
          "must have at least 16 characters");
    }
  }

  /** @return the settings without the key id and secret */
  @Override
  public String toString() {
    return "ImigrasiConfig[baseUrl=" + baseUrl + ", officeCode=" + officeCode + ", fees="
        + feeOrdinary48 + "/" + feeElectronic48 + "/" + feePolycarbonate + ", deadline="
        + deadline + "]";
  }
}
