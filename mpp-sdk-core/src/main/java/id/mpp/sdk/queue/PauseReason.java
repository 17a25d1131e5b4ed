package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Why a counter is paused.
 */
public enum PauseReason {
  /** Break (istirahat). */
  ISTIRAHAT,
  /** Prayer time (sholat). */
  SHOLAT,
  /** Friday prayer (sholat Jumat). */
  SHOLAT_JUMAT,
  /** A meeting or briefing (rapat). */
  RAPAT,
  /** A system outage at the agency (gangguan sistem). */
  GANGGUAN_SISTEM,
  /** Another reason, given in the note. */
  LAINNYA,
  /** A value this SDK version does not know (read from a newer peer); never written by this version. */
  @JsonEnumDefaultValue
  UNKNOWN
}
