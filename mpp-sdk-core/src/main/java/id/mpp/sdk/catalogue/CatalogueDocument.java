package id.mpp.sdk.catalogue;

import id.mpp.sdk.json.WireDocument;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A service catalogue on the wire ({@code kind: CatalogueDocument}): the agencies of an MPP and
 * their services. This is the format of the sample catalogue shipped in the SDK and of catalogue
 * files an MPP or an agency exchanges.
 *
 * <pre>{@code
 * {"apiVersion": "mpp.sdk/v1", "kind": "CatalogueDocument", "revision": "2026.1",
 *  "agencies": [{"id": "polri", ...}], "services": [{"code": "POLRI-SKCK-BARU", ...}]}
 * }</pre>
 *
 * <p>Read it with {@link Catalogue#load(java.io.InputStream)}, which validates it (every problem
 * at once, with its path) and refuses duplicate codes and services of unknown agencies; write one
 * with {@link Catalogue#toDocument()}.
 *
 * @param revision the revision of the catalogue, for example {@code 2026.1}, or {@code null}
 * @param description what this catalogue is, for people reading the file, or {@code null}
 * @param agencies the agencies
 * @param services the services, each of an agency in {@code agencies}
 */
public record CatalogueDocument(
    @Size(max = 40) String revision,
    @Size(max = 4000) String description,
    @Size(max = 500) List<@NotNull @Valid Agency> agencies,
    @Size(max = 20_000) List<@NotNull @Valid ServiceDefinition> services) implements WireDocument {

  /** Normalises: absent lists become empty, blank texts {@code null}. */
  public CatalogueDocument {
    revision = Texts.optional(revision);
    description = Texts.optional(description);
    agencies = Texts.list(agencies);
    services = Texts.list(services);
  }
}
