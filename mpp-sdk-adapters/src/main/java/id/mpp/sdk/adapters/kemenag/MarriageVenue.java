package id.mpp.sdk.adapters.kemenag;

import java.util.Optional;

/** Tempat akad nikah: where the marriage is solemnised and recorded by the penghulu. */
public enum MarriageVenue {
  /** Di KUA: at the Kantor Urusan Agama; free in office hours. */
  AT_KUA("KUA"),
  /** Di luar KUA: at home, a mosque or a hall; charged the PNBP. */
  OUTSIDE_KUA("LUAR_KUA");

  private final String nativeName;

  MarriageVenue(String nativeName) {
    this.nativeName = nativeName;
  }

  /** @return the Kemenag word, {@code KUA} or {@code LUAR_KUA} */
  public String nativeName() {
    return nativeName;
  }

  /**
   * The venue of a Kemenag word.
   *
   * @param nativeName {@code KUA} or {@code LUAR_KUA}
   * @return the venue, if the word is one
   */
  public static Optional<MarriageVenue> fromNative(String nativeName) {
    for (MarriageVenue v : values()) {
      if (v.nativeName.equals(nativeName)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
