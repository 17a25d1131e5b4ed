package id.mpp.sdk.adapter;

import id.mpp.sdk.catalogue.AgencyId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who an adapter is: the agency it connects, its display name, its own version and the SPI
 * version it was built against. Every adapter reports its own version, as a JDBC driver does.
 *
 * <pre>{@code
 * new AdapterDescriptor(AgencyId.of("dukcapil"), "Dukcapil (Disdukcapil)", "1.2.0",
 *     SpiVersion.CURRENT);
 * }</pre>
 *
 * @param agencyId the agency; a hub loads at most one adapter per agency
 * @param displayName the name shown to operators, for example {@code BPJS Kesehatan}
 * @param adapterVersion the adapter's own version, {@code major.minor[.patch][-qualifier]}
 * @param spiVersion the SPI version the adapter was built against, usually
 *     {@link SpiVersion#CURRENT} at build time
 */
public record AdapterDescriptor(AgencyId agencyId, String displayName, String adapterVersion,
    SpiVersion spiVersion) {

  private static final Pattern VERSION =
      Pattern.compile("\\d{1,4}\\.\\d{1,4}(\\.\\d{1,4})?([-+][0-9A-Za-z.-]{1,40})?");

  /**
   * Checks every part.
   *
   * @throws IllegalArgumentException naming the bad part
   */
  public AdapterDescriptor {
    Objects.requireNonNull(agencyId, "agencyId");
    Objects.requireNonNull(displayName, "displayName");
    if (displayName.isBlank() || displayName.length() > 100) {
      throw new IllegalArgumentException("displayName must be 1-100 characters");
    }
    Objects.requireNonNull(adapterVersion, "adapterVersion");
    if (!VERSION.matcher(adapterVersion).matches()) {
      throw new IllegalArgumentException(
          "adapterVersion must look like 1.2.0 or 1.2.0-SNAPSHOT");
    }
    Objects.requireNonNull(spiVersion, "spiVersion");
  }

  @Override
  public String toString() {
    return "adapter '" + agencyId + "' " + adapterVersion + " (SPI " + spiVersion + ")";
  }
}
