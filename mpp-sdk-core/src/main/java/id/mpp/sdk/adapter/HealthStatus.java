package id.mpp.sdk.adapter;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How well an agency's backend can serve, as its adapter sees it. */
public enum HealthStatus {
  /** Serving normally. */
  UP,
  /** Serving, but slowly or partly (for example probing after an outage); keep issuing tickets. */
  DEGRADED,
  /** Not serving: stop issuing tickets for its services and tell citizens why. */
  DOWN,
  /** A status this SDK version does not know (read from a newer peer). */
  @JsonEnumDefaultValue
  UNKNOWN
}
