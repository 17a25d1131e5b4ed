package id.mpp.sdk.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.mpp.sdk.MppValidationException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable id of an agency (instansi) across every MPP: lower-case words joined by hyphens,
 * 2–40 characters, for example {@code bpjs-kesehatan}, {@code polres}, {@code dukcapil},
 * {@code bank-lampung}. An adapter declares exactly one.
 *
 * @param value the id
 */
public record AgencyId(String value) implements Comparable<AgencyId> {

  private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Checks the format.
   *
   * @throws MppValidationException if the id is not lower-case words joined by hyphens
   */
  public AgencyId {
    Objects.requireNonNull(value, "value");
    if (value.length() < 2 || value.length() > 40 || !FORMAT.matcher(value).matches()) {
      throw MppValidationException.of("agencyId", "agencyId.format",
          "agency id must be 2-40 lower-case letters or digits in words joined by '-'");
    }
  }

  /**
   * Parses an agency id.
   *
   * @param text for example {@code bpjs-kesehatan}
   * @return the id
   * @throws MppValidationException if the format is wrong
   */
  @JsonCreator
  public static AgencyId of(String text) {
    return new AgencyId(text);
  }

  /** @return the id as written on the wire */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(AgencyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
