package id.mpp.sdk.testkit.agencies;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * LZ-String {@code compressToEncodedURIComponent}, as BPJS Kesehatan applies it before encrypting
 * a response. The simulator's own implementation, independent of the adapter's decoder; both are
 * tested against the reference JavaScript lz-string's output.
 */
final class LzStringEncoder {

  private static final String URI_SAFE_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
  private static final int BITS_PER_CHAR = 6;

  private LzStringEncoder() {}

  /**
   * Compresses text.
   *
   * @param text the text
   * @return the URI-safe compressed form
   */
  static String compressToEncodedURIComponent(String text) {
    Objects.requireNonNull(text, "text");
    BitWriter out = new BitWriter();
    Map<String, Integer> dictionary = new HashMap<>();
    Set<String> notYetEmitted = new HashSet<>();
    int nextCode = 3;
    int width = 2;
    String phrase = "";

    for (int i = 0; i < text.length(); i++) {
      String c = String.valueOf(text.charAt(i));
      if (!dictionary.containsKey(c)) {
        dictionary.put(c, nextCode++);
        notYetEmitted.add(c);
      }
      String extended = phrase + c;
      if (dictionary.containsKey(extended)) {
        phrase = extended;
        continue;
      }
      width = emitPhrase(out, phrase, dictionary, notYetEmitted, width);
      dictionary.put(extended, nextCode++);
      phrase = c;
    }

    if (!phrase.isEmpty()) {
      width = emitPhrase(out, phrase, dictionary, notYetEmitted, width);
    }
    out.write(2, width);
    return out.finish();
  }

  /**
   * Writes a phrase (as a literal the first time it is seen, else as its code) and grows the
   * width as the reference does: the "enlarge in" counter of the reference reaches zero exactly
   * when the codes written since the last growth fill the current width; the writer keeps that
   * counter.
   */
  private static int emitPhrase(BitWriter out, String phrase, Map<String, Integer> dictionary,
      Set<String> notYetEmitted, int width) {
    if (notYetEmitted.remove(phrase)) {
      emitLiteral(out, phrase.charAt(0), width);
      width = out.countDown(width);
    } else {
      out.write(dictionary.get(phrase), width);
    }
    return out.countDown(width);
  }

  private static void emitLiteral(BitWriter out, char c, int width) {
    if (c < 256) {
      out.write(0, width);
      out.write(c, 8);
    } else {
      out.write(1, width);
      out.write(c, 16);
    }
  }

  /** Writes values least significant bit first, six bits per output character. */
  private static final class BitWriter {

    private final StringBuilder text = new StringBuilder();
    private int value;
    private int filled;
    private int untilWider = 2;

    /** Counts one code down; when the counter runs out the width grows by one bit. */
    int countDown(int width) {
      if (--untilWider == 0) {
        untilWider = 1 << width;
        return width + 1;
      }
      return width;
    }

    void write(int bits, int count) {
      for (int i = 0; i < count; i++) {
        push((bits >> i) & 1);
      }
    }

    private void push(int bit) {
      value = (value << 1) | bit;
      if (++filled == BITS_PER_CHAR) {
        text.append(URI_SAFE_ALPHABET.charAt(value));
        value = 0;
        filled = 0;
      }
    }

    String finish() {
      // pad with at least one zero bit, up to a whole character, as the reference does
      do {
        push(0);
      } while (filled != 0);
      return text.toString();
    }
  }
}
