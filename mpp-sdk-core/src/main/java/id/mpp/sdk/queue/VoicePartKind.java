package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The kind of one part of a voice announcement, for players that join recorded clips.
 */
public enum VoicePartKind {
  /** The attention chime (ding-dong). */
  CHIME,
  /** Fixed words, for example "nomor antrian" or "silakan menuju". */
  PHRASE,
  /** One letter of a ticket prefix, for example "B". */
  LETTER,
  /** One digit of a ticket number, spoken alone, for example "nol". */
  DIGIT,
  /** A whole number in words, for example "dua belas" for a counter number. */
  NUMBER,
  /** A value this SDK version does not know (read from a newer peer); never written by this version. */
  @JsonEnumDefaultValue
  UNKNOWN
}
