package id.mpp.sdk.adapters.bpjsketenagakerjaan;

import id.mpp.sdk.config.Secret;
import id.mpp.sdk.config.Setting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;

/**
 * Settings of the BPJS Ketenagakerjaan adapter, bound from
 * {@code mpp.adapter.bpjs-ketenagakerjaan.*}.
 *
 * @param baseUrl the base URL of the BPJS Ketenagakerjaan API; the paths {@code /bpjstk/v1/...}
 *     follow it
 * @param apiKey the API key BPJS Ketenagakerjaan issued to the MPP, sent as {@code X-Api-Key}
 * @param kpjLength the number of digits of a KPJ (UNCONFIRMED: 11 is weakly sourced)
 * @param deadline the deadline of one call, retries included
 */
public record BpjsKetenagakerjaanConfig(
    @Setting(description = "Base URL of the BPJS Ketenagakerjaan API",
        example = "https://api.bpjsketenagakerjaan.go.id")
    @NotNull URI baseUrl,
    @Setting(description = "API key issued by BPJS Ketenagakerjaan (X-Api-Key)")
    @NotNull Secret apiKey,
    @Setting(description = "Digits of a KPJ membership number (UNCONFIRMED)", defaultValue = "11")
    @Min(8) @Max(20) int kpjLength,
    @Setting(description = "Deadline of one call, retries included", defaultValue = "20s")
    @NotNull Duration deadline) {

  /** @return the settings without the API key */
  @Override
  public String toString() {
    return "BpjsKetenagakerjaanConfig[baseUrl=" + baseUrl + ", kpjLength=" + kpjLength
        + ", deadline=" + deadline + "]";
  }
}
