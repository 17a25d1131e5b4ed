package id.mpp.sdk.adapters.pengadilanagama;

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
import java.util.Arrays;
import java.util.List;

/**
 * Settings of the Pengadilan Agama adapter, bound from {@code mpp.adapter.pengadilan-agama.*}.
 * The panjar biaya perkara is set by each court (SK Ketua Pengadilan Agama for the process costs
 * and the summons cost per radius; PP 5/2019 for the PNBP parts), so every component is a
 * setting. UNCONFIRMED: the defaults are typical values, not one court's decree.
 *
 * @param baseUrl the base URL of the court's API; the paths {@code /ecourt/v1/...} follow it
 * @param keyId the signing key id the court issued to the MPP ({@code X-Key-Id})
 * @param signingSecret the shared HMAC-SHA256 secret, at least 16 characters
 * @param courtCode the code of the Pengadilan Agama, for example {@code PA-TNK} (UNCONFIRMED)
 * @param registrationFee the PNBP pendaftaran of a gugatan or permohonan, in rupiah
 * @param processFee the biaya proses (ATK, pemberkasan), in rupiah
 * @param firstSummonsPnbp the PNBP of the first summons, per party, in rupiah
 * @param redactionFee the PNBP redaksi, in rupiah
 * @param stampDuty the meterai of the verdict, in rupiah
 * @param summonsFeeByRadius the cost of one summons by the bailiff per radius, comma-separated
 *     from radius 1 on, in rupiah
 * @param applicantSummons how many summonses of the applicant the panjar provides for
 * @param respondentSummons how many summonses of the respondent the panjar provides for
 * @param deadline the deadline of one call, retries included
 */
public record PengadilanAgamaConfig(
    @Setting(description = "Base URL of the Pengadilan Agama e-Court API",
        example = "https://ecourt.pa-tanjungkarang.go.id")
    @NotNull URI baseUrl,
    @Setting(description = "Signing key id issued by the court (X-Key-Id)")
    @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String keyId,
    @Setting(description = "Shared HMAC-SHA256 signing secret, at least 16 characters")
    @NotNull Secret signingSecret,
    @Setting(description = "Code of the Pengadilan Agama (UNCONFIRMED format)",
        example = "PA-TNK")
    @NotNull @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*") String courtCode,
    @Setting(description = "PNBP pendaftaran (PP 5/2019, UNCONFIRMED)", defaultValue = "30000")
    @Min(0) @Max(100_000_000) long registrationFee,
    @Setting(description = "Biaya proses (SK Ketua PA, UNCONFIRMED)", defaultValue = "75000")
    @Min(0) @Max(100_000_000) long processFee,
    @Setting(description = "PNBP panggilan pertama per pihak (UNCONFIRMED)",
        defaultValue = "10000")
    @Min(0) @Max(100_000_000) long firstSummonsPnbp,
    @Setting(description = "PNBP redaksi (UNCONFIRMED)", defaultValue = "10000")
    @Min(0) @Max(100_000_000) long redactionFee,
    @Setting(description = "Meterai (UNCONFIRMED)", defaultValue = "10000")
    @Min(0) @Max(100_000_000) long stampDuty,
    @Setting(description = "Cost of one summons per radius, from radius 1 (SK Ketua PA,"
        + " UNCONFIRMED)", defaultValue = "50000,75000,100000,150000")
    @NotNull @Pattern(regexp = "[0-9]{1,9}(,[0-9]{1,9}){0,9}") String summonsFeeByRadius,
    @Setting(description = "Summonses of the applicant in the panjar", defaultValue = "2")
    @Min(0) @Max(10) int applicantSummons,
    @Setting(description = "Summonses of the respondent in the panjar", defaultValue = "3")
    @Min(0) @Max(10) int respondentSummons,
    @Setting(description = "Deadline of one call, retries included", defaultValue = "20s")
    @NotNull Duration deadline) {

  /**
   * Checks the length of the signing secret.
   *
   * @throws MppValidationException if it is shorter than 16 characters; never quoting it
   */
  public PengadilanAgamaConfig {
    if (signingSecret != null && signingSecret.length() < 16) {
      throw MppValidationException.of("signingSecret", "config.secret.length",
          "must have at least 16 characters");
    }
  }

  /** @return the summons cost per radius, index 0 for radius 1 */
  public List<Long> summonsFees() {
    return Arrays.stream(summonsFeeByRadius.split(",")).map(Long::valueOf).toList();
  }

  /** @return the settings without the key id and secret */
  @Override
  public String toString() {
    return "PengadilanAgamaConfig[baseUrl=" + baseUrl + ", courtCode=" + courtCode
        + ", summonsFeeByRadius=" + summonsFeeByRadius + ", deadline=" + deadline + "]";
  }
}
