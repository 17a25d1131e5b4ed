package id.mpp.sdk.tracking;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Who performs an action on an application; a {@link StatusMachine} lists for every action the
 * roles that may perform it (as eGov DIGIT's workflow does).
 */
public enum Role {
  /** Pemohon: the citizen or business that applied, through a kiosk, app or tracking page. */
  APPLICANT,
  /** Petugas loket: an officer at the agency's counter in the MPP. */
  COUNTER_OFFICER,
  /** The agency's own back-end, through its adapter (push, poll or a submission's answer). */
  AGENCY,
  /** An MPP operator or supervisor, for example retrying a dead-lettered submission. */
  OPERATOR,
  /** The SDK itself: SLA escalation, expiry sweeps. */
  SYSTEM,
  /** A role this SDK version does not know; never permitted to do anything. */
  @JsonEnumDefaultValue
  UNKNOWN
}
