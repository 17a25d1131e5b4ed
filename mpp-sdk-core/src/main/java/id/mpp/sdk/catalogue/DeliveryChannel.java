package id.mpp.sdk.catalogue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Saluran layanan: where a citizen can apply for a public service. */
public enum DeliveryChannel {
  /** Datang langsung: only in person, at the agency's counter (loket) in the MPP. */
  WALK_IN,
  /** Daring: only online (a portal or app); the MPP counter may assist. */
  ONLINE,
  /** Both in person and online. */
  WALK_IN_AND_ONLINE,
  /** Not stated, or a value this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
