package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.internal.queue.IdFormat;

/**
 * The opaque id of an online booking (antrian online), unique within its site: 1–64 letters, digits, {@code _} or {@code -}. The visitor uses {@link Booking#code()} instead.
 *
 * @param value the id
 */
public record BookingId(String value) implements Comparable<BookingId> {

  /**
   * Checks the format.
   *
   * @throws MppValidationException if the format is wrong
   */
  public BookingId {
    IdFormat.token(value, "bookingId");
  }

  /**
   * Parses an id.
   *
   * @param text for example {@code q7m2kd4x-0001b}
   * @return the id
   * @throws MppValidationException if the format is wrong
   */
  @JsonCreator
  public static BookingId of(String text) {
    return new BookingId(text);
  }

  /** @return the id as written on the wire */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(BookingId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
