package id.mpp.sdk.testkit.conformance.perizinan;

import id.mpp.sdk.config.Secret;
import id.mpp.sdk.config.Setting;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;

/**
 * The settings of {@link PerizinanAdapter}, bound from {@code mpp.adapter.dpmptsp.*}.
 *
 * @param baseUrl where the office's API lives
 * @param apiKey the key the office issued to this MPP
 * @param deadline the longest a call may take, retries included
 */
public record PerizinanConfig(
    @Setting(description = "Base URL of the office's API",
        example = "https://api.dpmptsp.contoh.go.id")
    @NotNull URI baseUrl,
    @Setting(description = "API key issued by the office to this MPP; sent as X-Api-Key")
    @NotNull Secret apiKey,
    @Setting(description = "Longest time one call may take, retries included",
        defaultValue = "20s")
    @NotNull Duration deadline) {
}
