package id.mpp.sdk.adapters.internal.catalogue;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.Catalogue;
import id.mpp.sdk.catalogue.ServiceCompleteness;
import id.mpp.sdk.catalogue.ServiceDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Loads the Standar Pelayanan an adapter publishes from a {@code CatalogueDocument} JSON resource
 * beside its classes, validated as the hub validates a catalogue, and refuses it unless every
 * service is the adapter's agency's and publishes all six service-delivery components. Internal to
 * the reference adapters.
 */
public final class CatalogueResource {

  private CatalogueResource() {
  }

  /**
   * Loads an agency's services.
   *
   * @param anchor a class next to the resource
   * @param resource the resource name relative to {@code anchor}, for example
   *     {@code catalogue.json}
   * @param agencyId the adapter's agency
   * @return the services, in the file's order
   * @throws IllegalStateException if the resource is missing, another agency's, or incomplete
   * @throws id.mpp.sdk.MppValidationException if it is not a valid catalogue
   */
  public static List<ServiceDefinition> load(Class<?> anchor, String resource,
      AgencyId agencyId) {
    Objects.requireNonNull(agencyId, "agencyId");
    Catalogue catalogue;
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("catalogue resource " + resource + " is missing beside "
            + anchor.getName());
      }
      catalogue = Catalogue.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read catalogue resource " + resource, e);
    }
    List<ServiceDefinition> services = catalogue.listServices();
    if (services.isEmpty()) {
      throw new IllegalStateException("catalogue resource " + resource + " has no service");
    }
    for (ServiceDefinition s : services) {
      if (!s.agencyId().equals(agencyId)) {
        throw new IllegalStateException("service " + s.code() + " belongs to agency '"
            + s.agencyId() + "', not '" + agencyId + "'");
      }
      if (!ServiceCompleteness.of(s).complete()) {
        throw new IllegalStateException("service " + s.code() + " does not publish every"
            + " Standar Pelayanan component: " + ServiceCompleteness.of(s));
      }
    }
    return services;
  }
}
