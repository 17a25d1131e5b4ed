package id.mpp.sdk.adapter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the adapter SPI, {@code major.minor}. An adapter declares the version it was
 * built against in its {@link AdapterDescriptor}; a hub loads it when the major versions are equal
 * and the adapter's minor version is not newer than the hub's (within a major version the SPI only
 * grows: new capability interfaces and new default methods).
 *
 * @param major the major version; changes only when the SPI breaks
 * @param minor the minor version; grows when capabilities or default methods are added
 */
public record SpiVersion(int major, int minor) implements Comparable<SpiVersion> {

  /** The SPI version of this mpp-sdk-core: 1.0. */
  public static final SpiVersion CURRENT = new SpiVersion(1, 0);

  private static final Pattern FORMAT = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})");

  /**
   * Checks the numbers.
   *
   * @throws IllegalArgumentException if a number is negative or the major is 0
   */
  public SpiVersion {
    if (major < 1 || minor < 0) {
      throw new IllegalArgumentException("SPI version must be 1.0 or later");
    }
  }

  /**
   * @param major the major version
   * @param minor the minor version
   * @return the version
   */
  public static SpiVersion of(int major, int minor) {
    return new SpiVersion(major, minor);
  }

  /**
   * Parses {@code major.minor}, for example {@code 1.0}.
   *
   * @param text the version
   * @return the version
   * @throws IllegalArgumentException if the text is not {@code major.minor}
   */
  @JsonCreator
  public static SpiVersion parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("SPI version must look like 1.0");
    }
    return new SpiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Whether a hub supporting this version can load an adapter built against {@code adapter}.
   *
   * @param adapter the adapter's SPI version
   * @return same major and the adapter's minor not newer
   */
  public boolean supports(SpiVersion adapter) {
    return major == adapter.major && minor >= adapter.minor;
  }

  @Override
  public int compareTo(SpiVersion other) {
    return major != other.major ? Integer.compare(major, other.major)
        : Integer.compare(minor, other.minor);
  }

  /** @return {@code major.minor} */
  @JsonValue
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
