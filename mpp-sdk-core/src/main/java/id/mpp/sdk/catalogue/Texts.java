package id.mpp.sdk.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Small helpers the catalogue records share to normalise optional values. */
final class Texts {

  private Texts() {
  }

  /** An optional text: {@code null} when absent or blank, otherwise stripped of outer spaces. */
  static String optional(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.strip();
  }

  /**
   * A list that is never null: {@code null} becomes empty; otherwise an immutable copy. Null
   * elements are reported by Jakarta constraints on the element type (all problems at once), so a
   * list that holds one is copied without failing here.
   */
  static <T> List<T> list(List<T> list) {
    if (list == null) {
      return List.of();
    }
    for (T element : list) {
      if (element == null) {
        return Collections.unmodifiableList(new ArrayList<>(list));
      }
    }
    return List.copyOf(list);
  }

  /** Whether a locale asks for Bahasa Indonesia ({@code id}, or the legacy code {@code in}). */
  static boolean indonesian(Locale locale) {
    return "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage());
  }
}
