package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.internal.queue.IdFormat;

/**
 * The id of a counter (loket) within a site: lower-case words joined by hyphens, 2–60 characters, for example {@code dukcapil-loket-3}. The number called out to visitors is {@link CounterDefinition#number()}, not this id.
 *
 * @param value the id
 */
public record CounterId(String value) implements Comparable<CounterId> {

  /**
   * Checks the format.
   *
   * @throws MppValidationException if the format is wrong
   */
  public CounterId {
    IdFormat.words(value, "counterId");
  }

  /**
   * Parses an id.
   *
   * @param text for example {@code dukcapil-loket-3}
   * @return the id
   * @throws MppValidationException if the format is wrong
   */
  @JsonCreator
  public static CounterId of(String text) {
    return new CounterId(text);
  }

  /** @return the id as written on the wire */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(CounterId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
