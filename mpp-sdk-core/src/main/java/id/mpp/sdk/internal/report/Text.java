package id.mpp.sdk.internal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;

/** Words and numbers of a report in Bahasa Indonesia or English. */
final class Text {

  static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  private final boolean indonesian;

  Text(Locale locale) {
    String language = locale.getLanguage();
    this.indonesian = "id".equals(language) || "in".equals(language);
  }

  boolean indonesian() {
    return indonesian;
  }

  Locale locale() {
    return indonesian ? INDONESIAN : Locale.ENGLISH;
  }

  String t(String id, String en) {
    return indonesian ? id : en;
  }

  /** Minutes with one decimal, HALF_UP; {@code null} stays {@code null}. */
  static BigDecimal minutes(Duration duration) {
    if (duration == null) {
      return null;
    }
    return seconds(duration).divide(SIXTY, 1, RoundingMode.HALF_UP);
  }

  /** Days with one decimal, HALF_UP. */
  static BigDecimal days(Duration duration) {
    return seconds(duration).divide(SECONDS_PER_DAY, 1, RoundingMode.HALF_UP);
  }

  private static BigDecimal seconds(Duration duration) {
    return BigDecimal.valueOf(duration.getSeconds())
        .add(BigDecimal.valueOf(duration.getNano(), 9));
  }

  /** A share from 0 to 1 as a percentage with one decimal, HALF_UP. */
  static BigDecimal percent(BigDecimal share) {
    if (share == null) {
      return null;
    }
    return share.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
  }

  /** A number as the reader writes it: {@code 1.234,5} in Bahasa Indonesia, {@code 1,234.5} in English. */
  String number(Object value) {
    if (value == null) {
      return "–";
    }
    if (value instanceof Long || value instanceof Integer) {
      return decimalFormat(0).format(((Number) value).longValue());
    }
    if (value instanceof BigDecimal d) {
      return decimalFormat(Math.max(0, d.scale())).format(d);
    }
    return value.toString();
  }

  private DecimalFormat decimalFormat(int scale) {
    DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
        DecimalFormatSymbols.getInstance(locale()));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }

  String yesNo(boolean value) {
    return value ? t("Ya", "Yes") : t("Tidak", "No");
  }
}
