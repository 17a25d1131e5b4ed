package id.mpp.sdk.adapters.kemenag;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.config.Secret;
import id.mpp.sdk.config.Setting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Settings of the Kemenag adapter, bound from {@code mpp.adapter.kemenag.*}. The notice period
 * and the PNBP of a marriage outside the KUA are settings so that a new regulation needs no new
 * adapter: today the kehendak nikah is registered at least 10 working days before the akad, and a
 * marriage at the KUA in office hours is free while one outside the KUA or outside office hours
 * costs Rp600.000 (PP 48/2014). UNCONFIRMED: both from common knowledge, not from a source the
 * project checked.
 *
 * @param baseUrl the base URL of the Kemenag API; the paths {@code /kua/v1/...} and
 *     {@code /haji/v1/...} follow it
 * @param apiKey the API key Kemenag issued to the MPP, sent as {@code X-Api-Key}
 * @param kuaCode the code of the KUA kecamatan serving this MPP (UNCONFIRMED format)
 * @param minimumNoticeWorkingDays how many whole working days must lie between the registration
 *     day and the day of the akad
 * @param feeOutsideKua the PNBP of a marriage outside the KUA or outside office hours, in rupiah
 * @param officeHoursStart when the KUA's office hours start
 * @param officeHoursEnd when the KUA's office hours end; an akad at or after it is charged
 * @param portionNumberPattern the form of a nomor porsi haji (UNCONFIRMED: 10 digits by default)
 * @param deadline the deadline of one call, retries included
 */
public record KemenagConfig(
    @Setting(description = "Base URL of the Kemenag API", example = "https://api.kemenag.go.id")
    @NotNull URI baseUrl,
    @Setting(description = "API key issued by Kemenag (X-Api-Key)")
    @NotNull Secret apiKey,
    @Setting(description = "Code of the KUA kecamatan serving this MPP (UNCONFIRMED format)",
        example = "KUA-187101")
    @NotNull @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*") String kuaCode,
    @Setting(description = "Working days between registration and akad (UNCONFIRMED: 10)",
        defaultValue = "10")
    @Min(0) @Max(60) int minimumNoticeWorkingDays,
    @Setting(description = "PNBP of a marriage outside the KUA or office hours (PP 48/2014)",
        defaultValue = "600000")
    @Min(0) @Max(100_000_000) long feeOutsideKua,
    @Setting(description = "Start of the KUA's office hours", defaultValue = "08:00")
    @NotNull LocalTime officeHoursStart,
    @Setting(description = "End of the KUA's office hours", defaultValue = "16:00")
    @NotNull LocalTime officeHoursEnd,
    @Setting(description = "Regular expression of a nomor porsi haji (UNCONFIRMED format)",
        defaultValue = "[0-9]{10}")
    @NotBlank @Size(max = 200) String portionNumberPattern,
    @Setting(description = "Deadline of one call, retries included", defaultValue = "20s")
    @NotNull Duration deadline) {

  /**
   * Checks that the office hours are in order and the pattern is a regular expression, reporting
   * both mistakes together.
   *
   * @throws MppValidationException if not; the message never quotes the values
   */
  public KemenagConfig {
    List<Violation> violations = new ArrayList<>();
    if (officeHoursStart != null && officeHoursEnd != null
        && !officeHoursStart.isBefore(officeHoursEnd)) {
      violations.add(new Violation("officeHoursEnd", "config.hours.order",
          "must be after officeHoursStart"));
    }
    if (portionNumberPattern != null && !portionNumberPattern.isBlank()) {
      try {
        java.util.regex.Pattern.compile(portionNumberPattern);
      } catch (PatternSyntaxException e) {
        violations.add(new Violation("portionNumberPattern", "config.regex",
            "must be a valid regular expression"));
      }
    }
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
  }

  /** @return the settings without the API key */
  @Override
  public String toString() {
    return "KemenagConfig[baseUrl=" + baseUrl + ", kuaCode=" + kuaCode + ", notice="
        + minimumNoticeWorkingDays + " working days, feeOutsideKua=" + feeOutsideKua
        + ", officeHours=" + officeHoursStart + "-" + officeHoursEnd + ", deadline=" + deadline
        + "]";
  }
}
