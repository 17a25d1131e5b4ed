package id.mpp.sdk.adapters.oss;

import id.mpp.sdk.config.Secret;
import id.mpp.sdk.config.Setting;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;

/**
 * Settings of the DPMPTSP / OSS adapter, bound from {@code mpp.adapter.dpmptsp.*}.
 *
 * @param baseUrl the base URL of the OSS API; the paths {@code /oss/v1/...} follow it
 * @param tokenUrl the OAuth 2.0 token endpoint (client credentials)
 * @param clientId the OAuth client id OSS issued to the DPMPTSP
 * @param clientSecret the OAuth client secret
 * @param scope the OAuth scope asked for, or blank for the endpoint's default (UNCONFIRMED: no
 *     public source names the scopes)
 * @param deadline the deadline of one call, retries included
 */
public record OssConfig(
    @Setting(description = "Base URL of the OSS API", example = "https://api.oss.go.id")
    @NotNull URI baseUrl,
    @Setting(description = "OAuth 2.0 token endpoint (client credentials)",
        example = "https://api.oss.go.id/oauth/token")
    @NotNull URI tokenUrl,
    @Setting(description = "OAuth client id issued by OSS")
    @NotBlank @Size(max = 100) String clientId,
    @Setting(description = "OAuth client secret issued by OSS")
    @NotNull Secret clientSecret,
    @Setting(description = "OAuth scope to ask for; blank for the default (UNCONFIRMED)",
        defaultValue = "")
    @Size(max = 200) String scope,
    @Setting(description = "Deadline of one call, retries included", defaultValue = "20s")
    @NotNull Duration deadline) {

  /** @return the base URL, client id, scope and deadline; never the secret or the token URL */
  @Override
  public String toString() {
    return "OssConfig[baseUrl=" + baseUrl + ", clientId=" + clientId
        + ", scope=" + scope + ", deadline=" + deadline + "]";
  }
}
