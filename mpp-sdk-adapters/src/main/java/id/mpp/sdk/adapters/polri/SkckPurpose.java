package id.mpp.sdk.adapters.polri;

import java.util.Optional;

/**
 * Keperluan: what an SKCK is for. The purpose decides which unit may issue it: a Polsek does not
 * issue an SKCK for a CPNS/PNS application or for going abroad (those need a Polres or above).
 *
 * <p>UNCONFIRMED: the exact list and words of purposes on skck.polri.go.id are not published; these
 * are the common ones, written as the simulated API writes them.
 */
public enum SkckPurpose {
  /** Melamar pekerjaan: a job application. */
  JOB_APPLICATION("MELAMAR_PEKERJAAN", false),
  /** CPNS / PNS: an application to the civil service. */
  CIVIL_SERVICE("CPNS_PNS", true),
  /** Pendidikan: school or university admission. */
  EDUCATION("PENDIDIKAN", false),
  /** Luar negeri: a visa, work or study abroad. */
  ABROAD("LUAR_NEGERI", true),
  /** Pencalonan: standing for office (kepala desa, legislative). */
  CANDIDACY("PENCALONAN", false),
  /** Lainnya: another administrative purpose. */
  OTHER("LAINNYA", false);

  private final String nativeName;
  private final boolean polresOrAbove;

  SkckPurpose(String nativeName, boolean polresOrAbove) {
    this.nativeName = nativeName;
    this.polresOrAbove = polresOrAbove;
  }

  /** @return the Polri word, for example {@code MELAMAR_PEKERJAAN} */
  public String nativeName() {
    return nativeName;
  }

  /** @return whether only a Polres, Polda or Mabes may issue an SKCK for this purpose */
  public boolean needsPolresOrAbove() {
    return polresOrAbove;
  }

  /**
   * The purpose of a Polri word.
   *
   * @param nativeName for example {@code CPNS_PNS}; may be null
   * @return the purpose, if the word is one
   */
  public static Optional<SkckPurpose> fromNative(String nativeName) {
    for (SkckPurpose p : values()) {
      if (p.nativeName.equals(nativeName)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
