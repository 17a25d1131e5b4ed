package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * What a counter is called in announcements: "silakan menuju loket lima" or "ruang lima".
 */
public enum CounterKind {
  /** A counter (loket). */
  LOKET,
  /** A room (ruang). */
  RUANG,
  /** A desk (meja). */
  MEJA,
  /** A value this SDK version does not know (read from a newer peer); never written by this version. */
  @JsonEnumDefaultValue
  UNKNOWN
}
