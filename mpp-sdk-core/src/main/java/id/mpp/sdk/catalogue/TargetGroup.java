package id.mpp.sdk.catalogue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Sasaran layanan: who a public service is for. */
public enum TargetGroup {
  /** Masyarakat / perorangan: individual citizens and residents. */
  CITIZEN,
  /** Pelaku usaha: businesses, including micro and small enterprises (UMK). */
  BUSINESS,
  /** Both individuals and businesses. */
  CITIZEN_AND_BUSINESS,
  /** Not stated, or a value this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
