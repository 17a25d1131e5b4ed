package id.mpp.sdk.catalogue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.Locale;
import java.util.Objects;

/**
 * One gap in a service's Standar Pelayanan: which component, and what is wrong with it.
 *
 * @param component the component
 * @param gap what is wrong
 */
public record Finding(StandardComponent component, Gap gap) {

  /** What is wrong with a component. */
  public enum Gap {
    /** Belum dipublikasikan: the component is not published at all. */
    MISSING("belum dipublikasikan", "not published"),
    /**
     * A PNBP or retribusi without the regulation that sets it: a charge without a legal basis is
     * what the Ombudsman flags as a possible illegal levy (pungutan liar).
     */
    FEE_WITHOUT_LEGAL_BASIS("tarif PNBP/retribusi tanpa dasar hukum",
        "PNBP/retribusi charge without its legal basis"),
    /** Facilities are listed, but none for vulnerable groups (kelompok rentan). */
    NO_VULNERABLE_GROUP_FACILITIES("belum ada sarana bagi kelompok rentan",
        "no facilities for vulnerable groups"),
    /** A gap this SDK version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN("tidak dikenal", "unknown");

    private final String indonesian;
    private final String english;

    Gap(String indonesian, String english) {
      this.indonesian = indonesian;
      this.english = english;
    }

    /**
     * Describes the gap for people.
     *
     * @param locale Indonesian ({@code id}) or any other for English
     * @return for example "belum dipublikasikan" or "not published"
     */
    public String describe(Locale locale) {
      return Texts.indonesian(locale) ? indonesian : english;
    }
  }

  /** Normalises: absent values become {@code UNKNOWN}. */
  public Finding {
    component = Objects.requireNonNullElse(component, StandardComponent.UNKNOWN);
    gap = Objects.requireNonNullElse(gap, Gap.UNKNOWN);
  }

  /**
   * Describes the finding for people.
   *
   * @param locale Indonesian ({@code id}) or any other for English
   * @return for example "Jangka waktu pelayanan: belum dipublikasikan"
   */
  public String describe(Locale locale) {
    return component.label(locale) + ": " + gap.describe(locale);
  }
}
