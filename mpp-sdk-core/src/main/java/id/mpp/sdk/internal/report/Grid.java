package id.mpp.sdk.internal.report;

import java.util.List;

/**
 * One table of a report, ready to write: a title, the column headers and the rows. A cell is a
 * {@link String}, a {@link Long}, a {@link java.math.BigDecimal} (already at its display scale) or
 * {@code null} (no data).
 *
 * @param id the table's stable id
 * @param title the table's title in the reader's language
 * @param header the column headers
 * @param numeric which columns hold numbers
 * @param rows the rows, each as long as the header
 */
public record Grid(String id, String title, List<String> header, List<Boolean> numeric,
    List<List<Object>> rows) {

  /** Copies the lists and checks the row lengths. */
  public Grid {
    header = List.copyOf(header);
    numeric = List.copyOf(numeric);
    rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(
        new java.util.ArrayList<>(r))).toList();
    for (List<Object> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("every row has one cell per column");
      }
    }
  }
}
