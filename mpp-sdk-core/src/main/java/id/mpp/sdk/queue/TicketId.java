package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.internal.queue.IdFormat;

/**
 * The opaque id of a queue ticket, unique within its site: 1–64 letters, digits, {@code _} or {@code -}. Made by the desk's id generator; the number shown to the visitor is {@link Ticket#number()}.
 *
 * @param value the id
 */
public record TicketId(String value) implements Comparable<TicketId> {

  /**
   * Checks the format.
   *
   * @throws MppValidationException if the format is wrong
   */
  public TicketId {
    IdFormat.token(value, "ticketId");
  }

  /**
   * Parses an id.
   *
   * @param text for example {@code q7m2kd4x-0001a}
   * @return the id
   * @throws MppValidationException if the format is wrong
   */
  @JsonCreator
  public static TicketId of(String text) {
    return new TicketId(text);
  }

  /** @return the id as written on the wire */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(TicketId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
