package id.mpp.sdk.adapters.imigrasi;

import java.util.Optional;

/** Jenis paspor biasa: the kinds of ordinary passport a Kantor Imigrasi issues. */
public enum PassportType {
  /** Paspor biasa 48 halaman, non-electronic. */
  ORDINARY_48("BIASA_48", "Paspor biasa 48 halaman"),
  /** Paspor elektronik 48 halaman, with a chip. */
  ELECTRONIC_48("ELEKTRONIK_48", "Paspor elektronik 48 halaman"),
  /** Paspor elektronik polikarbonat: the data page is polycarbonate. */
  ELECTRONIC_POLYCARBONATE("ELEKTRONIK_POLIKARBONAT", "Paspor elektronik polikarbonat");

  private final String nativeName;
  private final String displayName;

  PassportType(String nativeName, String displayName) {
    this.nativeName = nativeName;
    this.displayName = displayName;
  }

  /** @return the Imigrasi word, for example {@code ELEKTRONIK_48} */
  public String nativeName() {
    return nativeName;
  }

  /** @return the name citizens read, for example "Paspor elektronik 48 halaman" */
  public String displayName() {
    return displayName;
  }

  /**
   * The type of an Imigrasi word.
   *
   * @param nativeName for example {@code BIASA_48}
   * @return the type, if the word is one
   */
  public static Optional<PassportType> fromNative(String nativeName) {
    for (PassportType t : values()) {
      if (t.nativeName.equals(nativeName)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
