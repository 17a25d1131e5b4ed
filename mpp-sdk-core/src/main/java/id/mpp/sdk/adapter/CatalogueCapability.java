package id.mpp.sdk.adapter;

import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.catalogue.ServiceDefinition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The agency publishes the services it offers at the MPP, with their Standar Pelayanan, so the
 * hub's catalogue stays in step with the agency instead of being re-keyed by hand.
 *
 * <p>The hub validates what an adapter returns (every definition's agency must be the adapter's
 * agency; the catalogue's own checks apply) before it publishes it.
 */
public interface CatalogueCapability extends AgencyCapability {

  /**
   * The services the agency offers at MPPs.
   *
   * @return the definitions, each with this adapter's agency id; never null
   */
  List<ServiceDefinition> listServices();

  /**
   * One service by code. The default looks through {@link #listServices()}.
   *
   * @param code the service code
   * @return the definition, if the agency offers it
   */
  default Optional<ServiceDefinition> findService(ServiceCode code) {
    Objects.requireNonNull(code, "code");
    return listServices().stream().filter(s -> s.code().equals(code)).findFirst();
  }
}
