package id.mpp.sdk.adapters.bank;

import id.mpp.sdk.config.Secret;
import id.mpp.sdk.config.Setting;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Settings of a regional bank reached through Bank Indonesia SNAP, bound from
 * {@code mpp.adapter.<bank-agency-id>.*} (for example {@code mpp.adapter.bank-lampung.clientId}).
 * One adapter, one record type, one set of settings per bank.
 *
 * @param baseUrl the bank's SNAP base URL; the paths {@code /v1.0/...} follow it
 * @param clientId the {@code X-CLIENT-KEY} the bank issued
 * @param clientSecret the client secret (HMAC-SHA512 key of transaction signatures)
 * @param privateKey the MPP's RSA private key, PKCS#8 PEM (signs access-token requests); its
 *     public key is registered at the bank
 * @param partnerId the {@code X-PARTNER-ID}
 * @param companyCode the company code of the MPP's virtual accounts, 1-8 digits
 *     ({@code partnerServiceId} is it left-padded with spaces to 8)
 * @param channelId the {@code CHANNEL-ID}
 * @param billValidity how long a bill stays payable when the request names no expiry
 * @param tokenRefreshMargin how long before its expiry an access token is replaced
 * @param timestampZone the zone whose offset {@code X-TIMESTAMP} carries
 * @param deadline the deadline of one call, retries included
 */
public record SnapBankConfig(
    @Setting(description = "SNAP base URL of the bank", example = "https://snap.bank.example")
    @NotNull URI baseUrl,
    @Setting(description = "X-CLIENT-KEY issued by the bank")
    @NotBlank @Size(max = 64) String clientId,
    @Setting(description = "Client secret issued by the bank (signs transactions)")
    @NotNull Secret clientSecret,
    @Setting(description = "RSA private key of the MPP, PKCS#8 PEM (signs access-token requests)")
    @NotNull Secret privateKey,
    @Setting(description = "X-PARTNER-ID issued by the bank")
    @NotBlank @Size(max = 36) String partnerId,
    @Setting(description = "Company code of the virtual accounts, 1-8 digits", example = "12345")
    @NotNull @Pattern(regexp = "\\d{1,8}") String companyCode,
    @Setting(description = "CHANNEL-ID sent on every transaction", defaultValue = "95221")
    @NotBlank @Size(max = 5) String channelId,
    @Setting(description = "Validity of a bill whose request names no expiry", defaultValue = "1d")
    @NotNull Duration billValidity,
    @Setting(description = "Replace an access token this long before it expires",
        defaultValue = "60s")
    @NotNull Duration tokenRefreshMargin,
    @Setting(description = "Zone of the X-TIMESTAMP offset", defaultValue = "Asia/Jakarta")
    @NotNull ZoneId timestampZone,
    @Setting(description = "Deadline of one call, retries included", defaultValue = "20s")
    @NotNull Duration deadline) {

  /**
   * Checks that the private key is an RSA PKCS#8 key.
   *
   * @throws IllegalArgumentException if it is not; the message never quotes it
   */
  public SnapBankConfig {
    if (privateKey != null) {
      SnapKeys.privateKey(privateKey.reveal());
    }
  }

  /** @return the padded {@code partnerServiceId} */
  String partnerServiceId() {
    return SnapVirtualAccount.padPartnerServiceId(companyCode);
  }

  /** @return the non-secret settings */
  @Override
  public String toString() {
    return "SnapBankConfig[baseUrl=" + baseUrl + ", clientId=" + clientId + ", partnerId="
        + partnerId + ", companyCode=" + companyCode + ", channelId=" + channelId + "]";
  }
}
