package id.mpp.sdk.examples.perizinan;

import id.mpp.sdk.config.Secret;
import id.mpp.sdk.config.Setting;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;

/**
 * Settings of the DPMPTSP licensing adapter, bound from {@code mpp.adapter.dpmptsp.*}.
 *
 * @param baseUrl the licensing system's base URL
 * @param token the bearer token the office issued to this MPP
 * @param deadline how long one call may take, retries included
 */
public record PerizinanConfig(
    @Setting(description = "Base URL of the licensing system",
        example = "https://sicantik.kota-contoh.go.id")
    @NotNull URI baseUrl,
    @Setting(description = "Bearer token the office issued to this MPP")
    @NotNull Secret token,
    @Setting(description = "Longest time one call may take, retries included",
        defaultValue = "10s")
    @NotNull Duration deadline) {
}
