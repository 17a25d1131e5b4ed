package id.mpp.sdk.report;

/**
 * How a CSV table is written. Numbers always use {@code .} as the decimal separator, without
 * grouping, so every tool reads them the same way.
 *
 * @param delimiter the field separator: {@code ,} (RFC 4180) or {@code ;} (what spreadsheets in
 *     an Indonesian locale expect)
 * @param byteOrderMark whether to start with a UTF-8 byte order mark, which some spreadsheets
 *     need to read UTF-8
 */
public record CsvOptions(char delimiter, boolean byteOrderMark) {

  /**
   * Checks the delimiter.
   *
   * @throws IllegalArgumentException unless it is {@code ,} {@code ;} or a tab
   */
  public CsvOptions {
    if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
      throw new IllegalArgumentException("delimiter must be ',', ';' or a tab");
    }
  }

  /**
   * RFC 4180: comma-separated, CRLF line ends, no byte order mark.
   *
   * @return the options
   */
  public static CsvOptions rfc4180() {
    return new CsvOptions(',', false);
  }

  /**
   * For spreadsheets set to an Indonesian locale: semicolon-separated with a byte order mark;
   * otherwise RFC 4180.
   *
   * @return the options
   */
  public static CsvOptions spreadsheet() {
    return new CsvOptions(';', true);
  }
}
