package id.mpp.sdk.report;

import id.mpp.sdk.internal.report.CsvWriter;
import id.mpp.sdk.internal.report.HtmlReport;
import id.mpp.sdk.internal.report.ReportTables;
import id.mpp.sdk.json.MppJson;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an {@link MppReport} for people and programs.
 *
 * <ul>
 *   <li>{@link #json}: the wire document ({@code apiVersion}, {@code kind}), for programs;
 *       read it back with {@code MppJson.defaults().read(json, MppReport.class)}.
 *   <li>{@link #csv}: one table per file, RFC 4180; a text cell starting with {@code = + - @}
 *       is prefixed with {@code '} so that a spreadsheet never runs it as a formula.
 *   <li>{@link #html}: one self-contained page with inline SVG charts beside tables, readable
 *       offline by a head of office; no scripts, nothing fetched from the network, every text
 *       escaped.
 * </ul>
 *
 * <p>In CSV and HTML, durations are shown in minutes (one decimal) and rates as percentages (one
 * decimal); the IKM keeps its two decimals. Headers and labels are in Bahasa Indonesia for a
 * locale with language {@code id}, in English otherwise.
 */
public final class ReportExport {

  private ReportExport() {
  }

  /**
   * The report as an indented JSON wire document.
   *
   * @param report the report
   * @return the JSON text
   */
  public static String json(MppReport report) {
    return MppJson.defaults().writePretty(Objects.requireNonNull(report, "report"));
  }

  /**
   * One table of the report as RFC 4180 CSV.
   *
   * @param report the report
   * @param table which table
   * @param locale the language of the header and labels
   * @return the CSV text, CRLF line ends
   */
  public static String csv(MppReport report, ReportTable table, Locale locale) {
    return csv(report, table, locale, CsvOptions.rfc4180());
  }

  /**
   * One table of the report as CSV with the given options.
   *
   * @param report the report
   * @param table which table
   * @param locale the language of the header and labels
   * @param options delimiter and byte order mark
   * @return the CSV text, CRLF line ends
   */
  public static String csv(MppReport report, ReportTable table, Locale locale,
      CsvOptions options) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(options, "options");
    return CsvWriter.write(ReportTables.build(report, table, locale), options);
  }

  /**
   * Every table of the report as CSV, keyed by file name ({@link ReportTable#fileName()}).
   *
   * @param report the report
   * @param locale the language of the headers and labels
   * @param options delimiter and byte order mark
   * @return an immutable map in {@link ReportTable} order
   */
  public static Map<String, String> csvFiles(MppReport report, Locale locale,
      CsvOptions options) {
    Map<String, String> files = new LinkedHashMap<>();
    for (ReportTable table : ReportTable.values()) {
      files.put(table.fileName(), csv(report, table, locale, options));
    }
    return java.util.Collections.unmodifiableMap(files);
  }

  /**
   * The report as one self-contained HTML page.
   *
   * @param report the report
   * @param locale {@code id} for Bahasa Indonesia, anything else for English
   * @return the HTML document, UTF-8 text
   */
  public static String html(MppReport report, Locale locale) {
    return HtmlReport.render(Objects.requireNonNull(report, "report"),
        Objects.requireNonNull(locale, "locale"));
  }
}
