package id.mpp.sdk.internal.tracking;

/**
 * The check character of a tracking number: a Damm-style check over a totally anti-symmetric
 * quasigroup of order 29, written in an alphabet without look-alike characters.
 *
 * <p>The alphabet has the ten digits and nineteen upper-case letters; it leaves out {@code I},
 * {@code L} and {@code O} (read as 1, 1 and 0), {@code S}, {@code B} and {@code Z} (read as 5, 8
 * and 2) and {@code U} (read as V). Each character {@code x} is its index in {@link #ALPHABET}.
 *
 * <p>The quasigroup is {@code x ∘ y = (2x + y) mod 29}. It is a quasigroup because {@code y ↦ 2x + y}
 * and {@code x ↦ 2x + y} are both bijections, and it is totally anti-symmetric:
 * {@code (c ∘ x) ∘ y = (c ∘ y) ∘ x} means {@code 4c + 2x + y = 4c + 2y + x}, so {@code x = y}.
 * Folding a text from state 0 and choosing the check character {@code k} with
 * {@code state ∘ k = 0} therefore detects every single-character substitution (the fold is a
 * bijection of the state at every step) and every transposition of two adjacent different
 * characters, the check character included (the construction of H. M. Damm's check digit
 * method). {@code CheckCharactersTest} proves both properties exhaustively over the table.
 */
public final class CheckCharacters {

  /** The 29 characters, in value order. */
  public static final String ALPHABET = "0123456789ACDEFGHJKMNPQRTVWXY";

  /** The order of the quasigroup and the size of the alphabet. */
  public static final int ORDER = 29;

  private static final int[] VALUE = new int[128];

  static {
    java.util.Arrays.fill(VALUE, -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUE[ALPHABET.charAt(i)] = i;
    }
  }

  private CheckCharacters() {
  }

  /**
   * The quasigroup operation.
   *
   * @param state the interim value, 0 to 28
   * @param value the next character's value, 0 to 28
   * @return the new interim value
   */
  public static int combine(int state, int value) {
    return (2 * state + value) % ORDER;
  }

  /**
   * The value of a character.
   *
   * @param c the character, upper case
   * @return its value, or -1 if it is not in the alphabet
   */
  public static int valueOf(char c) {
    return c < VALUE.length ? VALUE[c] : -1;
  }

  /**
   * Computes the check character of a text in the alphabet.
   *
   * @param text characters of {@link #ALPHABET} only
   * @return the check character
   * @throws IllegalArgumentException if a character is outside the alphabet
   */
  public static char compute(CharSequence text) {
    int state = fold(text);
    // state ∘ k = 0  ⇔  k = -2·state (mod 29)
    return ALPHABET.charAt((ORDER - (2 * state) % ORDER) % ORDER);
  }

  /**
   * Whether a text ends in its correct check character.
   *
   * @param textWithCheck characters of {@link #ALPHABET}, the last one the check character
   * @return {@code true} if the whole text folds to 0
   * @throws IllegalArgumentException if a character is outside the alphabet
   */
  public static boolean isValid(CharSequence textWithCheck) {
    return textWithCheck.length() > 1 && fold(textWithCheck) == 0;
  }

  private static int fold(CharSequence text) {
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      int v = valueOf(text.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("character " + i + " is outside the check alphabet");
      }
      state = combine(state, v);
    }
    return state;
  }
}
