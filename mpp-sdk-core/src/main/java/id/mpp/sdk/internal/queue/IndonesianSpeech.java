package id.mpp.sdk.internal.queue;

import id.mpp.sdk.queue.CounterKind;
import id.mpp.sdk.queue.VoicePart;
import id.mpp.sdk.queue.VoicePartKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bahasa Indonesia for queue calls: numbers in words (terbilang) and the call sentence as
 * ordered voice parts: "Nomor antrian B nol dua tiga, silakan menuju loket lima".
 */
public final class IndonesianSpeech {

  private static final String[] UNITS = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam",
      "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"};

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
    List<VoicePart> parts = new ArrayList<>(12);
    parts.add(new VoicePart(VoicePartKind.CHIME, "", "chime"));
    if (recall) {
      parts.add(phrase("panggilan ulang"));
    }
    parts.add(phrase("nomor antrian"));
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        int d = c - '0';
        parts.add(new VoicePart(VoicePartKind.DIGIT, digit(d), "digit-" + d));
      } else {
        String letter = String.valueOf(c);
        parts.add(new VoicePart(VoicePartKind.LETTER, letter,
            "letter-" + letter.toLowerCase(Locale.ROOT)));
      }
    }
    parts.add(phrase("silakan menuju"));
    parts.add(phrase(counterWord(kind)));
    parts.add(new VoicePart(VoicePartKind.NUMBER, words(counterNumber), "number-" + counterNumber));
    return List.copyOf(parts);
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
      if (p.kind() != VoicePartKind.CHIME && !p.text().isEmpty()) {
        n += p.text().split(" ").length;
      }
    }
    return n;
  }

  private static VoicePart phrase(String words) {
    return new VoicePart(VoicePartKind.PHRASE, words, "phrase-" + words.replace(' ', '-'));
  }

  private static String counterWord(CounterKind kind) {
    return switch (kind) {
      case RUANG -> "ruang";
      case MEJA -> "meja";
      default -> "loket";
    };
  }
}
