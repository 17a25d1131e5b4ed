package id.mpp.sdk.adapters.kejaksaan;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.config.Secret;
import id.mpp.sdk.config.Setting;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Settings of the Kejaksaan (tilang) adapter, bound from {@code mpp.adapter.kejaksaan.*}.
 *
 * @param baseUrl the base URL of the Kejaksaan tilang API; the paths {@code /tilang/v1/...}
 *     follow it
 * @param apiKey the API key the Kejaksaan issued to the MPP, sent as {@code X-Api-Key}
 * @param ticketNumberPattern the form of a ticket number: a register number or the BRIVA code
 *     printed on the ticket (UNCONFIRMED: no public source gives either format)
 * @param billValidity how long a bill stays payable when the request names no expiry
 *     (UNCONFIRMED: the BRIVA validity of a tilang bill is not published)
 * @param deadline the deadline of one call, retries included
 */
public record KejaksaanConfig(
    @Setting(description = "Base URL of the Kejaksaan tilang API",
        example = "https://tilang.kejaksaan.go.id")
    @NotNull URI baseUrl,
    @Setting(description = "API key issued by the Kejaksaan (X-Api-Key)")
    @NotNull Secret apiKey,
    @Setting(description = "Regular expression of a ticket number: register number or BRIVA code"
        + " (UNCONFIRMED format)", defaultValue = "[A-Z]{1,2}[0-9]{6,8}|[0-9]{15,18}")
    @NotBlank @Size(max = 200) String ticketNumberPattern,
    @Setting(description = "Validity of a bill whose request names no expiry (UNCONFIRMED)",
        defaultValue = "1d")
    @NotNull Duration billValidity,
    @Setting(description = "Deadline of one call, retries included", defaultValue = "20s")
    @NotNull Duration deadline) {

  /**
   * Checks that the ticket number pattern is a regular expression.
   *
   * @throws MppValidationException if it is not; the message never quotes it
   */
  public KejaksaanConfig {
    if (ticketNumberPattern != null && !ticketNumberPattern.isBlank()) {
      try {
        Pattern.compile(ticketNumberPattern);
      } catch (PatternSyntaxException e) {
        throw MppValidationException.of("ticketNumberPattern", "config.regex",
            "must be a valid regular expression");
      }
    }
  }

  /** @return the settings without the API key */
  @Override
  public String toString() {
    return "KejaksaanConfig[baseUrl=" + baseUrl + ", ticketNumberPattern=" + ticketNumberPattern
        + ", billValidity=" + billValidity + ", deadline=" + deadline + "]";
  }
}
