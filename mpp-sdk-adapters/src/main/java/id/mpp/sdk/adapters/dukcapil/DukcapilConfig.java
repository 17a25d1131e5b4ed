package id.mpp.sdk.adapters.dukcapil;

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
 * Settings of the Dukcapil adapter, bound from {@code mpp.adapter.dukcapil.*}. Access to
 * population data needs a PKS (cooperation agreement) with Ditjen Dukcapil (Permendagri
 * 102/2019); the key id and secret are the ones issued under it.
 *
 * @param baseUrl the base URL of the Dukcapil API; the paths {@code /dukcapil/v1/...} follow it
 * @param keyId the access id (user id of the institution under its PKS), sent as
 *     {@code X-Key-Id}
 * @param signingSecret the shared HMAC-SHA256 secret, at least 16 characters
 * @param minimumThreshold the lowest match threshold the MPP may ask for, 0-100 (UNCONFIRMED:
 *     no public source gives Dukcapil's floor; a low threshold makes a weak check)
 * @param deadline the deadline of one call, retries included
 */
public record DukcapilConfig(
    @Setting(description = "Base URL of the Dukcapil API", example = "https://api.dukcapil.go.id")
    @NotNull URI baseUrl,
    @Setting(description = "Access id issued under the PKS with Ditjen Dukcapil (X-Key-Id)")
    @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String keyId,
    @Setting(description = "Shared HMAC-SHA256 signing secret, at least 16 characters")
    @NotNull Secret signingSecret,
    @Setting(description = "Lowest match threshold a check may ask for (UNCONFIRMED)",
        defaultValue = "75")
    @Min(0) @Max(100) int minimumThreshold,
    @Setting(description = "Deadline of one call, retries included", defaultValue = "20s")
    @NotNull Duration deadline) {

  /**
   * Checks the length of the signing secret.
   *
   * @throws MppValidationException if it is shorter than 16 characters; never quoting it
   */
  public DukcapilConfig {
    if (signingSecret != null && signingSecret.length() < 16) {
      throw MppValidationException.of("signingSecret", "config.secret.length",
          "must have at least 16 characters");
    }
  }

  /** @return the settings without the key id and secret */
  @Override
  public String toString() {
    return "DukcapilConfig[baseUrl=" + baseUrl + ", minimumThreshold=" + minimumThreshold
        + ", deadline=" + deadline + "]";
  }
}
