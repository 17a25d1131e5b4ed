package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Who gave a command.
 */
public enum ActorKind {
  /** An officer (petugas) at a counter or reception. */
  OFFICER,
  /** A kiosk or display device. */
  KIOSK,
  /** The visitor, through the web, an app or a kiosk. */
  CITIZEN,
  /** The SDK itself (sweeps, recall limit, delays). */
  SYSTEM,
  /** A value this SDK version does not know (read from a newer peer); never written by this version. */
  @JsonEnumDefaultValue
  UNKNOWN
}
