package id.mpp.sdk.internal.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts: plain shapes and text, no scripts, no fonts or images fetched. Every chart
 * carries a title for screen readers; the numbers it shows are also in the table beside it.
 */
final class Svg {

  static final String BLUE = "#2563eb";
  static final String LIGHT_BLUE = "#bfdbfe";
  static final String GREEN = "#15803d";
  static final String AMBER = "#b45309";
  static final String RED = "#b91c1c";
  static final String GREY = "#6b7280";

  private static final int WIDTH = 760;
  private static final int LABEL = 310;
  private static final int BAR_AREA = 300;
  private static final int ROW = 26;
  private static final int TOP = 8;

  private Svg() {
  }

  /**
   * One bar of a horizontal bar chart; {@code back} is an optional longer, lighter bar drawn
   * behind (for example the p90 behind the p50).
   */
  record Bar(String label, BigDecimal value, String valueText, String color, BigDecimal back,
      String backText) {

    static Bar of(String label, BigDecimal value, String valueText, String color) {
      return new Bar(label, value, valueText, color, null, null);
    }
  }

  /** One column of a column chart. */
  record Column(String label, BigDecimal value, String valueText) {
  }

  /** A vertical guide line at a value, for example a grade limit. */
  record Guide(BigDecimal value, String label) {
  }

  static String horizontalBars(String id, String title, List<Bar> bars, BigDecimal scaleMax,
      List<Guide> guides) {
    BigDecimal max = scaleMax;
    if (max == null) {
      max = BigDecimal.ZERO;
      for (Bar bar : bars) {
        max = max.max(bar.value() == null ? BigDecimal.ZERO : bar.value());
        max = max.max(bar.back() == null ? BigDecimal.ZERO : bar.back());
      }
    }
    double scale = max.signum() == 0 ? 0 : BAR_AREA / max.doubleValue();
    int height = TOP + Math.max(1, bars.size()) * ROW + (guides.isEmpty() ? 8 : 26);
    StringBuilder svg = open(id, title, height);
    if (bars.isEmpty()) {
      svg.append(text(LABEL, TOP + 17, "start", GREY, "–"));
    }
    int bottom = TOP + Math.max(1, bars.size()) * ROW;
    for (Guide guide : guides) {
      double x = LABEL + guide.value().doubleValue() * scale;
      svg.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(TOP)
          .append("\" x2=\"").append(num(x)).append("\" y2=\"").append(bottom)
          .append("\" stroke=\"").append(GREY).append("\" stroke-dasharray=\"4 3\"/>");
      svg.append(text(x, bottom + 16, "middle", GREY, guide.label()));
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = TOP + i * ROW;
      svg.append("<g><title>").append(Html.escape(bar.label() + ": " + bar.valueText()
          + (bar.backText() == null ? "" : " / " + bar.backText()))).append("</title>");
      svg.append(text(LABEL - 8, y + 17, "end", "#111827", shorten(bar.label(), 37)));
      double end = 0;
      if (bar.back() != null) {
        double w = bar.back().doubleValue() * scale;
        svg.append(rect(LABEL, y + 4, w, ROW - 8, LIGHT_BLUE));
        end = Math.max(end, w);
      }
      if (bar.value() != null) {
        double w = bar.value().doubleValue() * scale;
        svg.append(rect(LABEL, y + 4, w, ROW - 8, bar.color()));
        end = Math.max(end, w);
      }
      String label = bar.valueText() + (bar.backText() == null ? "" : " / " + bar.backText());
      if (!guides.isEmpty()) {
        // a white ground under the value, so that guide lines never run through it
        svg.append(rect(LABEL + end + 4, y + 5, label.length() * 7.8 + 4, ROW - 10, "#ffffff"));
      }
      svg.append(text(LABEL + end + 6, y + 17, "start", "#111827", label));
      svg.append("</g>");
    }
    return svg.append("</svg>").toString();
  }

  static String columns(String id, String title, List<Column> columns) {
    int height = 220;
    int plotTop = 24;
    int plotBottom = height - 28;
    BigDecimal max = BigDecimal.ZERO;
    for (Column c : columns) {
      max = max.max(c.value());
    }
    double scale = max.signum() == 0 ? 0 : (plotBottom - plotTop) / max.doubleValue();
    StringBuilder svg = open(id, title, height);
    int n = Math.max(1, columns.size());
    double slot = (WIDTH - 40) / (double) n;
    double width = Math.min(48, slot * 0.7);
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      double x = 20 + i * slot + (slot - width) / 2;
      double h = c.value().doubleValue() * scale;
      svg.append("<g><title>").append(Html.escape(c.label() + ": " + c.valueText()))
          .append("</title>");
      svg.append(rect(x, plotBottom - h, width, h, BLUE));
      svg.append(text(x + width / 2, plotBottom - h - 5, "middle", "#111827", c.valueText()));
      svg.append(text(x + width / 2, plotBottom + 16, "middle", GREY, c.label()));
      svg.append("</g>");
    }
    svg.append("<line x1=\"16\" y1=\"").append(plotBottom).append("\" x2=\"")
        .append(WIDTH - 16).append("\" y2=\"").append(plotBottom)
        .append("\" stroke=\"").append(GREY).append("\"/>");
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String id, String title, int height) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" id=\"")
        .append(Html.escape(id)).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" width=\"100%\" aria-label=\"").append(Html.escape(title))
        .append("\"><title>").append(Html.escape(title)).append("</title>");
    return svg;
  }

  private static String rect(double x, double y, double w, double h, String fill) {
    return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(Math.max(0, w))
        + "\" height=\"" + num(Math.max(0, h)) + "\" fill=\"" + fill + "\" rx=\"2\"/>";
  }

  private static String text(double x, double y, String anchor, String fill, String content) {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor
        + "\" fill=\"" + fill + "\">" + Html.escape(content) + "</text>";
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
