package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Kelompok rentan: visitors who are served with precedence, within the starvation bound of the call policy (see {@code docs/en/queue.md}). {@link #NONE} is a regular visitor.
 */
public enum PriorityClass {
  /** A regular visitor. */
  NONE,
  /** An elderly visitor (lanjut usia). */
  LANSIA,
  /** A visitor with a disability (penyandang disabilitas). */
  DISABILITAS,
  /** A pregnant woman (ibu hamil). */
  IBU_HAMIL,
  /** A mother with a child under five (ibu dengan balita). */
  IBU_DENGAN_BALITA,
  /** A value this SDK version does not know (read from a newer peer); never written by this version. */
  @JsonEnumDefaultValue
  UNKNOWN
}
