package id.mpp.sdk.adapters.atrbpn;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.config.Secret;
import id.mpp.sdk.config.Setting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Settings of the ATR/BPN (Kantor Pertanahan) adapter, bound from {@code mpp.adapter.atr-bpn.*}.
 * The tariffs are PNBP in the style of PP 128/2015 (the PNBP tariffs of the Kementerian ATR/BPN);
 * they are settings so that a new regulation needs no new adapter. UNCONFIRMED: the amounts below
 * are the commonly published ones, not read from the regulation's appendix.
 *
 * @param baseUrl the base URL of the land-service API; the paths {@code /pertanahan/v1/...}
 *     follow it
 * @param tokenUrl the OAuth 2.0 token endpoint (client credentials)
 * @param clientId the OAuth client id ATR/BPN issued to the MPP
 * @param clientSecret the OAuth client secret
 * @param scope the OAuth scope asked for, or blank for the endpoint's default (UNCONFIRMED)
 * @param certificateNumberPattern the form of a nomor sertifikat (UNCONFIRMED: the default is
 *     province, kabupaten, kecamatan and desa codes, the kind of right and the right's number,
 *     dot-separated, for example {@code 18.71.01.02.1.00123})
 * @param parcelIdPattern the form of a NIB bidang tanah, the land parcel id (UNCONFIRMED:
 *     14 digits by default)
 * @param feeCertificateCheck the PNBP of a pengecekan sertifikat, in rupiah
 * @param feeRoya the PNBP of a roya (removal of one hak tanggungan), in rupiah
 * @param feeTransferBase the fixed part of the PNBP of a balik nama (peralihan hak), in rupiah
 * @param transferPerMille the part of the land value (per mille) added to the fixed part of a
 *     balik nama
 * @param deadline the deadline of one call, retries included
 */
public record AtrBpnConfig(
    @Setting(description = "Base URL of the ATR/BPN land-service API",
        example = "https://api.atrbpn.go.id")
    @NotNull URI baseUrl,
    @Setting(description = "OAuth 2.0 token endpoint (client credentials)",
        example = "https://api.atrbpn.go.id/oauth/token")
    @NotNull URI tokenUrl,
    @Setting(description = "OAuth client id issued by ATR/BPN")
    @NotBlank @Size(max = 100) String clientId,
    @Setting(description = "OAuth client secret issued by ATR/BPN")
    @NotNull Secret clientSecret,
    @Setting(description = "OAuth scope to ask for; blank for the default (UNCONFIRMED)",
        defaultValue = "")
    @Size(max = 200) String scope,
    @Setting(description = "Regular expression of a nomor sertifikat (UNCONFIRMED format)",
        defaultValue = "[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[1-9]\\.[0-9]{5}")
    @NotBlank @Size(max = 200) String certificateNumberPattern,
    @Setting(description = "Regular expression of a NIB bidang tanah (UNCONFIRMED format)",
        defaultValue = "[0-9]{14}")
    @NotBlank @Size(max = 200) String parcelIdPattern,
    @Setting(description = "PNBP of a pengecekan sertifikat (PP 128/2015 style, UNCONFIRMED)",
        defaultValue = "50000")
    @Min(0) @Max(100_000_000) long feeCertificateCheck,
    @Setting(description = "PNBP of a roya per hak tanggungan (PP 128/2015 style, UNCONFIRMED)",
        defaultValue = "50000")
    @Min(0) @Max(100_000_000) long feeRoya,
    @Setting(description = "Fixed PNBP of a balik nama (PP 128/2015 style, UNCONFIRMED)",
        defaultValue = "50000")
    @Min(0) @Max(100_000_000) long feeTransferBase,
    @Setting(description = "Per mille of the land value added to a balik nama (UNCONFIRMED)",
        defaultValue = "1")
    @Min(0) @Max(1000) int transferPerMille,
    @Setting(description = "Deadline of one call, retries included", defaultValue = "20s")
    @NotNull Duration deadline) {

  /**
   * Checks that both patterns are regular expressions, reporting both mistakes together.
   *
   * @throws MppValidationException if one is not; the message never quotes it
   */
  public AtrBpnConfig {
    List<Violation> violations = new ArrayList<>();
    check("certificateNumberPattern", certificateNumberPattern, violations);
    check("parcelIdPattern", parcelIdPattern, violations);
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
  }

  private static void check(String field, String regex, List<Violation> violations) {
    if (regex != null && !regex.isBlank()) {
      try {
        Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        violations.add(new Violation(field, "config.regex", "must be a valid regular expression"));
      }
    }
  }

  /** @return the settings without the client secret and the token URL */
  @Override
  public String toString() {
    return "AtrBpnConfig[baseUrl=" + baseUrl + ", clientId=" + clientId + ", scope=" + scope
        + ", fees=" + feeCertificateCheck + "/" + feeRoya + "/" + feeTransferBase + "+"
        + transferPerMille + "permil, deadline=" + deadline + "]";
  }
}
