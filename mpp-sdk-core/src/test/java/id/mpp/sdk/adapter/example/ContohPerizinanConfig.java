package id.mpp.sdk.adapter.example;

import id.mpp.sdk.config.Secret;
import id.mpp.sdk.config.Setting;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;

/**
 * The settings of the example adapter, bound from {@code mpp.adapter.contoh-perizinan.*}. The same
 * record produces the settings table of docs/en/first-adapter.md.
 *
 * @param baseUrl where the agency's API lives
 * @param apiKey the key the agency issued to this MPP
 * @param deadline the longest a call may take, retries included
 */
public record ContohPerizinanConfig(
    @Setting(description = "Base URL of the agency's API",
        example = "https://api.perizinan.contoh.go.id")
    @NotNull URI baseUrl,
    @Setting(description = "API key issued by the agency to this MPP; sent as X-Api-Key")
    @NotNull Secret apiKey,
    @Setting(description = "Longest time one call may take, retries included",
        defaultValue = "20s")
    @NotNull Duration deadline) {
}
