package id.mpp.sdk.tracking;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.Locale;

/**
 * The canonical status of an application (permohonan) at any agency. Every adapter maps its
 * agency's native statuses onto these; a service's own state machine uses them as its states.
 */
public enum ApplicationStatus {

  /** Diajukan: handed in at the MPP, not yet acknowledged by the agency. */
  SUBMITTED("Diajukan", "Submitted", false),
  /** Diterima instansi: the agency acknowledged it and gave its own reference. */
  RECEIVED("Diterima instansi", "Received by the agency", false),
  /** Berkas dikembalikan: the applicant must correct or complete documents; the SLA clock pauses. */
  NEEDS_REVISION("Berkas dikembalikan", "Needs revision", false),
  /** Diproses: the agency is working on it. */
  IN_PROCESS("Diproses", "In process", false),
  /** Siap diambil: the result is ready for pickup. */
  READY_FOR_PICKUP("Siap diambil", "Ready for pickup", false),
  /** Selesai / diserahkan: the result was handed over. */
  COMPLETED("Selesai (diserahkan)", "Completed", true),
  /** Ditolak: refused, with a reason. */
  REJECTED("Ditolak", "Rejected", true),
  /** Dibatalkan: withdrawn by the applicant or the MPP. */
  CANCELLED("Dibatalkan", "Cancelled", true),
  /** Kedaluwarsa: not collected or not completed in time. */
  EXPIRED("Kedaluwarsa", "Expired", true),
  /** A status this SDK version does not know (read from a newer peer). */
  @JsonEnumDefaultValue
  UNKNOWN("Tidak diketahui", "Unknown", false);

  private final String indonesian;
  private final String english;
  private final boolean terminal;

  ApplicationStatus(String indonesian, String english, boolean terminal) {
    this.indonesian = indonesian;
    this.english = english;
    this.terminal = terminal;
  }

  /** @return whether no further status can follow */
  public boolean isTerminal() {
    return terminal;
  }

  /**
   * The label shown to citizens.
   *
   * @param locale {@code id} for Bahasa Indonesia, anything else for English
   * @return the label
   */
  public String label(Locale locale) {
    return "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage())
        ? indonesian : english;
  }
}
