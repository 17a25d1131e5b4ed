package id.mpp.sdk.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.mpp.sdk.MppValidationException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of a public service (layanan), unique within a catalogue: upper-case letters and
 * digits in parts joined by {@code -}, {@code _} or {@code .}, 2–40 characters, for example
 * {@code DUKCAPIL-KTP-EL} or {@code POLRI-SKCK-BARU}.
 *
 * @param value the code
 */
public record ServiceCode(String value) implements Comparable<ServiceCode> {

  private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]+([-_.][A-Z0-9]+)*");

  /**
   * Checks the format.
   *
   * @throws MppValidationException if the code is not upper-case parts joined by - _ or .
   */
  public ServiceCode {
    Objects.requireNonNull(value, "value");
    if (value.length() < 2 || value.length() > 40 || !FORMAT.matcher(value).matches()) {
      throw MppValidationException.of("serviceCode", "serviceCode.format",
          "service code must be 2-40 upper-case letters or digits in parts joined by '-', '_' or '.'");
    }
  }

  /**
   * Parses a service code.
   *
   * @param text for example {@code DUKCAPIL-KTP-EL}
   * @return the code
   * @throws MppValidationException if the format is wrong
   */
  @JsonCreator
  public static ServiceCode of(String text) {
    return new ServiceCode(text);
  }

  /** @return the code as written on the wire */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ServiceCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
