package id.mpp.sdk.adapters.oss;

import java.util.Map;

/** Jenis perizinan berusaha: what OSS issues for a business activity. */
public enum PermitType {
  /** NIB: the business identification number, the permit of low-risk activities. */
  NIB,
  /** Sertifikat standar: the standard certificate of medium-risk activities. */
  STANDARD_CERTIFICATE,
  /** Izin: the licence of high-risk activities. */
  LICENCE,
  /** A type this adapter version does not know. */
  UNKNOWN;

  private static final Map<String, PermitType> NATIVE = Map.of("NIB", NIB,
      "SERTIFIKAT_STANDAR", STANDARD_CERTIFICATE, "IZIN", LICENCE);

  /**
   * The type of an OSS word.
   *
   * @param nativeName for example {@code SERTIFIKAT_STANDAR}
   * @return the type, {@link #UNKNOWN} for another word
   */
  public static PermitType fromNative(String nativeName) {
    return NATIVE.getOrDefault(nativeName, UNKNOWN);
  }
}
