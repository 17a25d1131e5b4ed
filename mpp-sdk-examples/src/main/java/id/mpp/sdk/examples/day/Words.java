package id.mpp.sdk.examples.day;

import java.util.Locale;

/** The example's two languages: each text is given in English and in Bahasa Indonesia. */
final class Words {

  private final boolean indonesian;

  Words(Locale locale) {
    this.indonesian = "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage());
  }

  /**
   * @param english the English text
   * @param indonesian the Indonesian text
   * @return the one of this locale
   */
  String of(String english, String indonesian) {
    return this.indonesian ? indonesian : english;
  }
}
