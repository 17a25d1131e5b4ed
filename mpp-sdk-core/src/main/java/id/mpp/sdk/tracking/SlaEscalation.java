package id.mpp.sdk.tracking;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How far an application's service level has been escalated. */
public enum SlaEscalation {
  /** Within its time. */
  NONE,
  /** Hampir melewati batas: most of its time is used up. */
  NEAR_BREACH,
  /** Terlambat: past its due date. */
  OVERDUE,
  /** A level this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
