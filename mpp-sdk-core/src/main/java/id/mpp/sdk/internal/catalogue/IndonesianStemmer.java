package id.mpp.sdk.internal.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A light, dictionary-checked Indonesian stemmer in the manner of Nazief and Adriani: it removes
 * particles ({@code -lah}, {@code -kah}, {@code -pun}), possessives ({@code -ku}, {@code -mu},
 * {@code -nya}), derivational suffixes ({@code -kan}, {@code -an}, {@code -i}) and up to three
 * prefixes ({@code di-}, {@code ke-}, {@code se-}, {@code ber-}, {@code ter-}, {@code per-},
 * {@code meN-}/{@code peN-} with their sound changes), and accepts a candidate only when it is a
 * known root. A word with no known root is returned unchanged, so the stemmer never invents a
 * wrong merge: "perpanjangan", "perpanjang" and "memperpanjang" all become "panjang";
 * "pengecekan" becomes "cek"; "penerbitan" becomes "terbit".
 *
 * <p>Immutable and thread-safe.
 */
public final class IndonesianStemmer {

  private static final int MAX_PREFIXES = 3;
  private static final String[] PARTICLES = {"lah", "kah", "tah", "pun"};
  private static final String[] POSSESSIVES = {"nya", "ku", "mu"};
  private static final String[] SUFFIXES = {"kan", "an", "i"};

  private final Set<String> roots;

  /**
   * Creates a stemmer over a set of known roots.
   *
   * @param roots lower-case root words
   */
  public IndonesianStemmer(Set<String> roots) {
    this.roots = Set.copyOf(Objects.requireNonNull(roots, "roots"));
  }

  /**
   * Returns the root of a folded, lower-case word, or the word itself when no known root is found.
   *
   * @param word a lower-case word of letters
   * @return its root, or the word
   */
  public String stem(String word) {
    if (word.length() <= 3 || roots.contains(word)) {
      return word;
    }
    for (String base : suffixVariants(word)) {
      if (roots.contains(base)) {
        return base;
      }
      List<String> level = List.of(base);
      for (int depth = 0; depth < MAX_PREFIXES; depth++) {
        List<String> next = new ArrayList<>();
        for (String w : level) {
          for (String candidate : withoutPrefix(w)) {
            if (roots.contains(candidate)) {
              return candidate;
            }
            next.add(candidate);
          }
        }
        if (next.isEmpty()) {
          break;
        }
        level = next;
      }
    }
    return word;
  }

  /** The word, then with particle, possessive and derivational suffix removed, in that order. */
  private static List<String> suffixVariants(String word) {
    Set<String> variants = new LinkedHashSet<>();
    variants.add(word);
    String w = strip(word, PARTICLES);
    variants.add(w);
    w = strip(w, POSSESSIVES);
    variants.add(w);
    for (String suffix : SUFFIXES) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
        variants.add(w.substring(0, w.length() - suffix.length()));
      }
    }
    return new ArrayList<>(variants);
  }

  private static String strip(String word, String[] endings) {
    for (String ending : endings) {
      if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
        return word.substring(0, word.length() - ending.length());
      }
    }
    return word;
  }

  /** Every way to remove one prefix, with the sound changes of meN- and peN-. */
  static List<String> withoutPrefix(String w) {
    List<String> out = new ArrayList<>();
    if (w.length() <= 4) {
      return out;
    }
    if (w.startsWith("di") || w.startsWith("ke") || w.startsWith("se")) {
      out.add(w.substring(2));
    }
    if (w.startsWith("ber") || w.startsWith("ter") || w.startsWith("per")) {
      out.add(w.substring(3));
    }
    if (w.startsWith("be") || w.startsWith("te")) {
      out.add(w.substring(2));
    }
    if (w.startsWith("bel") || w.startsWith("pel")) {
      out.add(w.substring(3));
    }
    if (w.startsWith("me") || w.startsWith("pe")) {
      nasal(w.substring(2), out);
    }
    out.removeIf(s -> s.length() < 3);
    return out;
  }

  /** The sound changes after me- and pe- (the nasal N of meN- and peN-). */
  private static void nasal(String rest, List<String> out) {
    if (rest.startsWith("ng")) {
      String r = rest.substring(2);
      out.add(r);
      if (startsWithVowel(r)) {
        out.add("k" + r);
      }
      if (r.startsWith("e")) {
        out.add(r.substring(1));
      }
    } else if (rest.startsWith("ny")) {
      String r = rest.substring(2);
      out.add("s" + r);
    } else if (rest.startsWith("m")) {
      String r = rest.substring(1);
      out.add(r);
      if (startsWithVowel(r)) {
        out.add("p" + r);
        out.add("m" + r);
      }
    } else if (rest.startsWith("n")) {
      String r = rest.substring(1);
      out.add(r);
      if (startsWithVowel(r)) {
        out.add("t" + r);
        out.add("n" + r);
      }
    } else if (!rest.isEmpty() && "lrwy".indexOf(rest.charAt(0)) >= 0) {
      out.add(rest);
    }
  }

  private static boolean startsWithVowel(String s) {
    return !s.isEmpty() && "aiueo".indexOf(s.charAt(0)) >= 0;
  }
}
