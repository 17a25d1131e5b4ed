package id.mpp.sdk.adapters.internal.lzstring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decoder for LZ-String's {@code compressToEncodedURIComponent} format, which BPJS Kesehatan uses
 * inside its encrypted responses.
 *
 * <p>No well-kept Maven Central artifact offers {@code decompressFromEncodedURIComponent} (the
 * two Java ports found there target lz-string 1.3.3 or have not been released since 2016), so
 * the SDK carries this small decoder. It is tested against vectors produced by the reference
 * JavaScript lz-string 1.5.0 (see {@code docs/vectors/lzstring-vectors.js}).
 *
 * <p>Where the reference returns an empty string or {@code null} for input it cannot decode
 * (an empty input, truncated input, a character outside the alphabet, a reference to a
 * dictionary entry that does not exist yet), this decoder throws {@link
 * IllegalArgumentException} instead: a damaged agency response must never turn into an empty
 * payload silently. Messages never contain the input.
 */
public final class LzString {

  /** The URI-safe alphabet: 6 bits per character. */
  private static final String URI_SAFE_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";

  private static final int[] SIX_BIT_VALUE = new int[128];

  /** Token values below the first dictionary entry. */
  private static final int TOKEN_CHAR_8_BIT = 0;
  private static final int TOKEN_CHAR_16_BIT = 1;
  private static final int TOKEN_END = 2;

  static {
    java.util.Arrays.fill(SIX_BIT_VALUE, -1);
    for (int i = 0; i < URI_SAFE_ALPHABET.length(); i++) {
      SIX_BIT_VALUE[URI_SAFE_ALPHABET.charAt(i)] = i;
    }
  }

  private LzString() {}

  /**
   * Decompresses text made by {@code LZString.compressToEncodedURIComponent}.
   *
   * <p>A space is read as {@code +}, because URL decoding may have turned {@code +} into a
   * space.
   *
   * @param compressed the compressed text
   * @return the original text
   * @throws IllegalArgumentException if the text is empty, truncated or not LZ-String output
   */
  public static String decompressFromEncodedURIComponent(String compressed) {
    Objects.requireNonNull(compressed, "compressed");
    if (compressed.isEmpty()) {
      throw new IllegalArgumentException("LZ-String input is empty");
    }
    return decompress(new BitReader(compressed));
  }

  private static String decompress(BitReader in) {
    List<String> dictionary = new ArrayList<>();
    // entries 0, 1 and 2 are the three token kinds; they never hold text
    dictionary.add(null);
    dictionary.add(null);
    dictionary.add(null);
    int numBits = 3;
    int enlargeIn = 4;

    String previous;
    switch (in.read(2)) {
      case TOKEN_CHAR_8_BIT -> previous = String.valueOf((char) in.read(8));
      case TOKEN_CHAR_16_BIT -> previous = String.valueOf((char) in.read(16));
      case TOKEN_END -> {
        return "";
      }
      default -> throw new IllegalArgumentException("LZ-String input does not start with a "
          + "character token");
    }
    dictionary.add(previous);
    StringBuilder result = new StringBuilder(previous);

    while (true) {
      if (in.exhausted()) {
        throw new IllegalArgumentException("LZ-String input is truncated: no end marker");
      }
      int code = in.read(numBits);
      switch (code) {
        case TOKEN_CHAR_8_BIT, TOKEN_CHAR_16_BIT -> {
          char literal = (char) in.read(code == TOKEN_CHAR_8_BIT ? 8 : 16);
          dictionary.add(String.valueOf(literal));
          code = dictionary.size() - 1;
          enlargeIn--;
        }
        case TOKEN_END -> {
          return result.toString();
        }
        default -> {
          // a reference to an existing entry, or to the one about to be added
        }
      }
      if (enlargeIn == 0) {
        enlargeIn = 1 << numBits;
        numBits++;
      }

      String entry;
      if (code < dictionary.size()) {
        entry = dictionary.get(code);
      } else if (code == dictionary.size()) {
        entry = previous + previous.charAt(0);
      } else {
        throw new IllegalArgumentException("LZ-String input refers to a dictionary entry that "
            + "does not exist");
      }
      result.append(entry);
      dictionary.add(previous + entry.charAt(0));
      enlargeIn--;
      previous = entry;

      if (enlargeIn == 0) {
        enlargeIn = 1 << numBits;
        numBits++;
      }
    }
  }

  /** Reads bits, most significant first within each 6-bit character. */
  private static final class BitReader {

    private static final int FIRST_BIT = 1 << 5;

    private final String text;
    private int index;
    private int value;
    private int mask = FIRST_BIT;

    BitReader(String text) {
      this.text = text;
      this.value = valueAt(0);
    }

    boolean exhausted() {
      return index >= text.length();
    }

    int read(int bitCount) {
      if (bitCount > 30) {
        throw new IllegalArgumentException("LZ-String input needs a dictionary larger than "
            + "supported");
      }
      int bits = 0;
      for (int power = 0; power < bitCount; power++) {
        if (index >= text.length()) {
          throw new IllegalArgumentException("LZ-String input is truncated");
        }
        if ((value & mask) != 0) {
          bits |= 1 << power;
        }
        mask >>= 1;
        if (mask == 0) {
          mask = FIRST_BIT;
          index++;
          value = index < text.length() ? valueAt(index) : 0;
        }
      }
      return bits;
    }

    private int valueAt(int position) {
      char c = text.charAt(position);
      if (c == ' ') {
        c = '+';
      }
      int sixBits = c < SIX_BIT_VALUE.length ? SIX_BIT_VALUE[c] : -1;
      if (sixBits < 0) {
        throw new IllegalArgumentException("LZ-String input has a character outside its "
            + "alphabet at position " + position);
      }
      return sixBits;
    }
  }
}
