package id.mpp.sdk.queue;

import java.util.Objects;

/**
 * One part of a voice announcement, in speaking order. A player with recorded clips plays
 * {@link #clip()}; a text-to-speech player (locale {@code id-ID}) speaks {@link #text()}.
 *
 * @param kind the kind of part
 * @param text the words in Bahasa Indonesia, for example {@code "nomor antrian"}, {@code "B"},
 *     {@code "nol"} or {@code "dua belas"}; empty for the chime
 * @param clip a stable clip key, for example {@code phrase-nomor-antrian}, {@code letter-b},
 *     {@code digit-0}, {@code number-12} or {@code chime}
 */
public record VoicePart(VoicePartKind kind, String text, String clip) {

  /** Checks the parts. */
  public VoicePart {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(clip, "clip");
  }
}
