package id.mpp.sdk.adapters.polri;

import id.mpp.sdk.config.Secret;
import id.mpp.sdk.config.Setting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;

/**
 * Settings of the Polri SKCK adapter, bound from {@code mpp.adapter.polri.*}. The PNBP and the
 * validity are settings so that a change of PP 76/2020 or of the SKCK rules needs no new adapter.
 *
 * @param baseUrl the base URL of the SKCK API; the paths {@code /skck/v1/...} follow it
 * @param tokenUrl the OAuth 2.0 token endpoint (client credentials)
 * @param clientId the OAuth client id Polri issued to the MPP
 * @param clientSecret the OAuth client secret
 * @param scope the OAuth scope asked for, or blank for the endpoint's default (UNCONFIRMED: no
 *     public source names the scopes)
 * @param fee the PNBP of one SKCK in rupiah (PP 76/2020: Rp30.000, renewal the same)
 * @param validityMonths how many months an SKCK is valid from its issue (6)
 * @param deadline the deadline of one call, retries included
 */
public record PolriConfig(
    @Setting(description = "Base URL of the Polri SKCK API", example = "https://skck.polri.go.id")
    @NotNull URI baseUrl,
    @Setting(description = "OAuth 2.0 token endpoint (client credentials)",
        example = "https://skck.polri.go.id/oauth/token")
    @NotNull URI tokenUrl,
    @Setting(description = "OAuth client id issued by Polri")
    @NotBlank @Size(max = 100) String clientId,
    @Setting(description = "OAuth client secret issued by Polri")
    @NotNull Secret clientSecret,
    @Setting(description = "OAuth scope to ask for; blank for the default (UNCONFIRMED)",
        defaultValue = "")
    @Size(max = 200) String scope,
    @Setting(description = "PNBP of one SKCK in rupiah (PP 76/2020)", defaultValue = "30000")
    @Min(0) @Max(10_000_000) long fee,
    @Setting(description = "Months an SKCK is valid from its issue", defaultValue = "6")
    @Min(1) @Max(60) int validityMonths,
    @Setting(description = "Deadline of one call, retries included", defaultValue = "20s")
    @NotNull Duration deadline) {

  /** @return the settings without the client secret */
  @Override
  public String toString() {
    return "PolriConfig[baseUrl=" + baseUrl + ", clientId=" + clientId + ", scope=" + scope
        + ", fee=" + fee + ", validityMonths=" + validityMonths + ", deadline=" + deadline + "]";
  }
}
