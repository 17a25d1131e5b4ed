package id.mpp.sdk.internal.report;

import id.mpp.sdk.report.CsvOptions;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a {@link Grid} as CSV (RFC 4180): CRLF line ends; a field holding the delimiter, a quote,
 * CR or LF is quoted with quotes doubled. A text field starting with {@code = + - @}, a tab or a
 * carriage return gets a leading {@code '} so that a spreadsheet never runs it as a formula
 * (CSV injection).
 */
public final class CsvWriter {

  private static final String CRLF = "\r\n";

  private CsvWriter() {
  }

  /**
   * Writes the table.
   *
   * @param grid the table
   * @param options the delimiter and byte order mark
   * @return the CSV text
   */
  public static String write(Grid grid, CsvOptions options) {
    StringBuilder out = new StringBuilder();
    if (options.byteOrderMark()) {
      out.append('\uFEFF');
    }
    line(out, grid.header().stream().map(h -> (Object) h).toList(), options.delimiter());
    for (List<Object> row : grid.rows()) {
      line(out, row, options.delimiter());
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<Object> cells, char delimiter) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(delimiter);
      }
      out.append(field(cells.get(i), delimiter));
    }
    out.append(CRLF);
  }

  static String field(Object cell, char delimiter) {
    if (cell == null) {
      return "";
    }
    String text = cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
    text = guard(text);
    if (text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
        || text.indexOf('\n') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  /** Prefixes a value a spreadsheet would read as a formula with a quote. */
  static String guard(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r') {
      return "'" + text;
    }
    return text;
  }
}
