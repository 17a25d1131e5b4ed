package id.mpp.sdk.adapters.oss;

import java.util.Optional;

/**
 * Tingkat risiko: the risk level OSS RBA gives a business activity (KBLI), which decides the
 * permit it needs (PP 5/2021 Pasal 7-15).
 */
public enum RiskLevel {
  /** Rendah: the NIB alone is the permit. */
  LOW("RENDAH", PermitType.NIB),
  /** Menengah rendah: NIB and a sertifikat standar by self-declaration, issued at once. */
  MEDIUM_LOW("MENENGAH_RENDAH", PermitType.STANDARD_CERTIFICATE),
  /** Menengah tinggi: NIB and a sertifikat standar verified by the authority. */
  MEDIUM_HIGH("MENENGAH_TINGGI", PermitType.STANDARD_CERTIFICATE),
  /** Tinggi: NIB and an izin granted after verification. */
  HIGH("TINGGI", PermitType.LICENCE);

  private final String nativeName;
  private final PermitType requiredPermit;

  RiskLevel(String nativeName, PermitType requiredPermit) {
    this.nativeName = nativeName;
    this.requiredPermit = requiredPermit;
  }

  /** @return the OSS word, for example {@code MENENGAH_TINGGI} */
  public String nativeName() {
    return nativeName;
  }

  /** @return the permit this level needs besides the NIB (the NIB itself for LOW) */
  public PermitType requiredPermit() {
    return requiredPermit;
  }

  /** @return whether OSS issues the permit at once, without a verifier */
  public boolean issuedImmediately() {
    return this == LOW || this == MEDIUM_LOW;
  }

  /**
   * The level of an OSS word.
   *
   * @param nativeName for example {@code RENDAH}
   * @return the level, if the word is one
   */
  public static Optional<RiskLevel> fromNative(String nativeName) {
    for (RiskLevel level : values()) {
      if (level.nativeName.equals(nativeName)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
