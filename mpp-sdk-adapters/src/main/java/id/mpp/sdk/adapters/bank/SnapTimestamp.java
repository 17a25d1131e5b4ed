package id.mpp.sdk.adapters.bank;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The SNAP {@code X-TIMESTAMP} format {@code yyyy-MM-ddTHH:mm:ssTZD}, for example
 * {@code 2020-12-17T10:55:00+07:00}: whole seconds and a numeric offset (UTC is written
 * {@code +00:00}, never {@code Z}).
 */
final class SnapTimestamp {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private SnapTimestamp() {}

  /**
   * Formats an instant in a zone.
   *
   * @param instant the moment
   * @param zone the zone whose offset is written, normally the site's (WIB, WITA or WIT)
   * @return the header value
   */
  static String format(Instant instant, ZoneId zone) {
    return FORMAT.format(Objects.requireNonNull(instant, "instant")
        .atZone(Objects.requireNonNull(zone, "zone")));
  }

  /**
   * Parses a header value.
   *
   * @param text the header value
   * @return the moment it names
   * @throws IllegalArgumentException if the text is not in the SNAP format
   */
  static Instant parse(String text) {
    try {
      return OffsetDateTime.parse(Objects.requireNonNull(text, "text"), FORMAT).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("X-TIMESTAMP is not yyyy-MM-ddTHH:mm:ss+hh:mm");
    }
  }
}
