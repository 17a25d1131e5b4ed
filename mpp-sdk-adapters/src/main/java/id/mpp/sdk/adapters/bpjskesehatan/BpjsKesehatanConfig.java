package id.mpp.sdk.adapters.bpjskesehatan;

import id.mpp.sdk.config.Secret;
import id.mpp.sdk.config.Setting;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Settings of the BPJS Kesehatan adapter, bound from {@code mpp.adapter.bpjs-kesehatan.*}.
 *
 * @param vclaimBaseUrl the VClaim base URL
 * @param antreanBaseUrl the Antrean RS base URL
 * @param consId the consumer id BPJS issued ({@code X-cons-id})
 * @param secretKey the consumer secret (signs requests, decrypts responses)
 * @param vclaimUserKey the VClaim {@code user_key}
 * @param antreanUserKey the Antrean RS {@code user_key}
 * @param activeStatusCodes the {@code statusPeserta.kode} values that mean an active membership
 * @param deadline the deadline of one call, retries included
 */
public record BpjsKesehatanConfig(
    @Setting(description = "VClaim base URL",
        example = "https://apijkn.bpjs-kesehatan.go.id/vclaim-rest")
    @NotNull URI vclaimBaseUrl,
    @Setting(description = "Antrean RS base URL",
        example = "https://apijkn.bpjs-kesehatan.go.id/antreanrs")
    @NotNull URI antreanBaseUrl,
    @Setting(description = "Consumer id issued by BPJS (X-cons-id)", example = "30432")
    @NotNull @Pattern(regexp = "\\d{1,12}") String consId,
    @Setting(description = "Consumer secret issued by BPJS; signs requests and decrypts answers")
    @NotNull Secret secretKey,
    @Setting(description = "user_key of the VClaim service")
    @NotNull Secret vclaimUserKey,
    @Setting(description = "user_key of the Antrean RS service")
    @NotNull Secret antreanUserKey,
    @Setting(description = "statusPeserta codes that mean an active membership (UNCONFIRMED:"
        + " only 0 = AKTIF is seen in public samples)", defaultValue = "0")
    @NotEmpty List<@Pattern(regexp = "\\w{1,4}") String> activeStatusCodes,
    @Setting(description = "Deadline of one call, retries included", defaultValue = "20s")
    @NotNull Duration deadline) {

  /** Copies the list. */
  public BpjsKesehatanConfig {
    activeStatusCodes = activeStatusCodes == null ? List.of() : List.copyOf(activeStatusCodes);
  }

  /** @return the base URLs and the consumer id; never the secrets */
  @Override
  public String toString() {
    return "BpjsKesehatanConfig[vclaimBaseUrl=" + vclaimBaseUrl + ", antreanBaseUrl="
        + antreanBaseUrl + ", consId=" + consId + ", activeStatusCodes=" + activeStatusCodes
        + ", deadline=" + deadline + "]";
  }
}
