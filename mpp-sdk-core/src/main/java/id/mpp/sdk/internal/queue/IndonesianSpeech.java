package id.mpp.sdk.internal.queue;

import id.mpp.sdk.queue.CounterKind;
import id.mpp.sdk.queue.VoicePart;
import id.mpp.sdk.queue.VoicePartKind;
import java.util.List;
import java.util.Locale;

/**
 * Bahasa Indonesia for queue calls: numbers in words (terbilang) and the call sentence as
 * ordered voice parts: "Nomor antrian B nol dua tiga, silakan menuju loket lima".
 */
public final class IndonesianSpeech {

  private static final String[] UNITS = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam",
      "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"};
  private static final VoicePart CHIME = new VoicePart(VoicePartKind.CHIME, "", "chime");
  private static final VoicePart RECALL = phrase("panggilan ulang");
  private static final VoicePart NUMBER_INTRO = phrase("nomor antrian");
  private static final VoicePart GO_TO = phrase("silakan menuju");
  private static final VoicePart LOKET = phrase("loket");
  private static final VoicePart RUANG = phrase("ruang");
  private static final VoicePart MEJA = phrase("meja");
  private static final VoicePart[] DIGITS = new VoicePart[10];
  private static final VoicePart[] LETTERS = new VoicePart[26];
  /** Counter numbers in words, made once each; a racy write of an immutable part is harmless. */
  private static final VoicePart[] COUNTER_NUMBERS = new VoicePart[1000];

  static {
    for (int d = 0; d < 10; d++) {
      DIGITS[d] = new VoicePart(VoicePartKind.DIGIT, UNITS[d], "digit-" + d);
    }
    for (int i = 0; i < 26; i++) {
      String letter = String.valueOf((char) ('A' + i));
      LETTERS[i] = new VoicePart(VoicePartKind.LETTER, letter,
          "letter-" + letter.toLowerCase(Locale.ROOT));
    }
  }

  private IndonesianSpeech() {
  }

  /**
   * A whole number in words, 0 to 999,999,999: {@code 12} is "dua belas", {@code 101} is
   * "seratus satu", {@code 1500} is "seribu lima ratus".
   *
   * @param n the number
   * @return the words
   */
  public static String words(int n) {
    if (n < 0 || n > 999_999_999) {
      throw new IllegalArgumentException("number out of range: " + n);
    }
    if (n == 0) {
      return UNITS[0];
    }
    return below(n).trim();
  }

  private static String below(int n) {
    if (n == 0) {
      return "";
    }
    if (n < 12) {
      return UNITS[n];
    }
    if (n < 20) {
      return UNITS[n - 10] + " belas";
    }
    if (n < 100) {
      return join(UNITS[n / 10] + " puluh", below(n % 10));
    }
    if (n < 200) {
      return join("seratus", below(n - 100));
    }
    if (n < 1000) {
      return join(UNITS[n / 100] + " ratus", below(n % 100));
    }
    if (n < 2000) {
      return join("seribu", below(n - 1000));
    }
    if (n < 1_000_000) {
      return join(below(n / 1000) + " ribu", below(n % 1000));
    }
    return join(below(n / 1_000_000) + " juta", below(n % 1_000_000));
  }

  private static String join(String head, String tail) {
    return tail.isEmpty() ? head : head + " " + tail;
  }

  /**
   * The word for a digit.
   *
   * @param digit 0–9
   * @return for example "nol" or "tujuh"
   */
  public static String digit(int digit) {
    if (digit < 0 || digit > 9) {
      throw new IllegalArgumentException("not a digit: " + digit);
    }
    return UNITS[digit];
  }

  /**
   * The voice parts of a call: chime, (recall: "panggilan ulang"), "nomor antrian", the
   * prefix letters, the digits one by one, "silakan menuju", the counter word and its number in
   * words.
   *
   * @param number the ticket number, for example {@code B023}
   * @param kind what the counter is called
   * @param counterNumber the counter's number
   * @param recall whether this is a recall
   * @return the parts in speaking order
   */
  public static List<VoicePart> callParts(String number, CounterKind kind, int counterNumber,
      boolean recall) {
    VoicePart[] parts = new VoicePart[number.length() + (recall ? 6 : 5)];
    int n = 0;
    parts[n++] = CHIME;
    if (recall) {
      parts[n++] = RECALL;
    }
    parts[n++] = NUMBER_INTRO;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        parts[n++] = DIGITS[c - '0'];
      } else if (c >= 'A' && c <= 'Z') {
        parts[n++] = LETTERS[c - 'A'];
      } else {
        String letter = String.valueOf(c);
        parts[n++] = new VoicePart(VoicePartKind.LETTER, letter,
            "letter-" + letter.toLowerCase(Locale.ROOT));
      }
    }
    parts[n++] = GO_TO;
    parts[n++] = counterWord(kind);
    parts[n] = counterNumber(counterNumber);
    return List.of(parts);
  }

  /**
   * The sentence of a call, from its parts: "Nomor antrian B nol dua tiga, silakan menuju loket
   * lima"; a recall starts with "Panggilan ulang, ".
   *
   * @param parts the parts made by {@link #callParts}
   * @return the sentence
   */
  public static String sentence(List<VoicePart> parts) {
    StringBuilder sb = new StringBuilder(80);
    for (VoicePart p : parts) {
      if (p.kind() == VoicePartKind.CHIME) {
        continue;
      }
      if ("silakan menuju".equals(p.text()) || ("nomor antrian".equals(p.text())
          && sb.length() > 0)) {
        sb.append(',');
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(p.text());
    }
    if (sb.length() > 0) {
      sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    }
    return sb.toString();
  }

  /**
   * How many words are spoken.
   *
   * @param parts the parts
   * @return the number of words, the chime not counted
   */
  public static int spokenWords(List<VoicePart> parts) {
    int n = 0;
    for (VoicePart p : parts) {
      String text = p.text();
      if (p.kind() != VoicePartKind.CHIME && !text.isEmpty()) {
        n++;
        for (int i = 0; i < text.length(); i++) {
          if (text.charAt(i) == ' ') {
            n++;
          }
        }
      }
    }
    return n;
  }

  private static VoicePart phrase(String words) {
    return new VoicePart(VoicePartKind.PHRASE, words, "phrase-" + words.replace(' ', '-'));
  }

  private static VoicePart counterWord(CounterKind kind) {
    return switch (kind) {
      case RUANG -> RUANG;
      case MEJA -> MEJA;
      default -> LOKET;
    };
  }

  private static VoicePart counterNumber(int number) {
    if (number < 0 || number >= COUNTER_NUMBERS.length) {
      return new VoicePart(VoicePartKind.NUMBER, words(number), "number-" + number);
    }
    VoicePart part = COUNTER_NUMBERS[number];
    if (part == null) {
      part = new VoicePart(VoicePartKind.NUMBER, words(number), "number-" + number);
      COUNTER_NUMBERS[number] = part;
    }
    return part;
  }
}
