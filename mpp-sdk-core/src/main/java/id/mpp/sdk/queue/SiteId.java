package id.mpp.sdk.queue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.internal.queue.IdFormat;

/**
 * The id of an MPP site (one building): lower-case words joined by hyphens, 2–60 characters, for example {@code mpp-siola-surabaya}. Every queue record carries it, so one store can hold many sites.
 *
 * @param value the id
 */
public record SiteId(String value) implements Comparable<SiteId> {

  /**
   * Checks the format.
   *
   * @throws MppValidationException if the format is wrong
   */
  public SiteId {
    IdFormat.words(value, "siteId");
  }

  /**
   * Parses an id.
   *
   * @param text for example {@code mpp-siola-surabaya}
   * @return the id
   * @throws MppValidationException if the format is wrong
   */
  @JsonCreator
  public static SiteId of(String text) {
    return new SiteId(text);
  }

  /** @return the id as written on the wire */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(SiteId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
