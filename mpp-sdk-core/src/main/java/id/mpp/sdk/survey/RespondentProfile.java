package id.mpp.sdk.survey;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * The optional, coarse profile a respondent may give with an SKM response. Every field is
 * optional ({@code null} when not given) and none identifies a person: an age band, not a birth
 * date; no name, NIK or phone number.
 *
 * <p>UNCONFIRMED: which profile fields the sample questionnaire of PermenPANRB No. 14/2017 asks
 * for (commonly umur, jenis kelamin, pendidikan, pekerjaan) and their categories were not checked
 * against the regulation's appendix. The SDK therefore fixes no categories: the site chooses its
 * own short codes (for example age band {@code 25-34}, education {@code SMA}, occupation
 * {@code WIRASWASTA}) of letters, digits, spaces and {@code . / + ( ) -}, at most 40 characters.
 *
 * @param ageBand the age band, for example {@code 25-34}; {@code null} if not given
 * @param sex the sex (jenis kelamin); {@code null} if not given
 * @param education the highest education (pendidikan), a site code; {@code null} if not given
 * @param occupation the occupation (pekerjaan), a site code; {@code null} if not given
 */
public record RespondentProfile(
    @Size(max = 40) @Pattern(regexp = CODE, message = "{skm.profile.format}") String ageBand,
    Sex sex,
    @Size(max = 40) @Pattern(regexp = CODE, message = "{skm.profile.format}") String education,
    @Size(max = 40) @Pattern(regexp = CODE, message = "{skm.profile.format}") String occupation) {

  /** The profile of a respondent who gave none. */
  public static final RespondentProfile NONE = new RespondentProfile(null, null, null, null);

  static final String CODE = "[\\p{L}\\p{N} ./+()-]+";

  /** Jenis kelamin. */
  public enum Sex {
    /** Laki-laki. */
    MALE("Laki-laki", "Male"),
    /** Perempuan. */
    FEMALE("Perempuan", "Female"),
    /** A value this SDK version does not know (read from a newer peer). */
    @JsonEnumDefaultValue
    UNKNOWN("Tidak diketahui", "Unknown");

    private final String indonesian;
    private final String english;

    Sex(String indonesian, String english) {
      this.indonesian = indonesian;
      this.english = english;
    }

    /**
     * The label in a locale.
     *
     * @param locale {@code id} for Bahasa Indonesia, anything else for English
     * @return the label
     */
    public String label(Locale locale) {
      return SkmElement.isIndonesian(locale) ? indonesian : english;
    }
  }

  /**
   * Whether the respondent gave no profile at all.
   *
   * @return whether every field is {@code null}
   */
  @JsonIgnore
  public boolean isEmpty() {
    return ageBand == null && sex == null && education == null && occupation == null;
  }
}
