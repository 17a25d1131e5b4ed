package id.mpp.sdk.adapters.kejaksaan;

import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.catalogue.AgencyId;

/**
 * Provides the Kejaksaan adapter (agency id {@code kejaksaan}): traffic fines (tilang) found by
 * ticket number or plate, their bills and payment, and the pickup of the seized evidence. Listed in
 * {@code META-INF/services/id.mpp.sdk.adapter.AgencyAdapterProvider}; settings under
 * {@code mpp.adapter.kejaksaan.} (see {@link KejaksaanConfig}).
 */
public final class KejaksaanAdapterProvider implements AgencyAdapterProvider<KejaksaanConfig> {

  private static final AdapterDescriptor DESCRIPTOR = new AdapterDescriptor(
      AgencyId.of("kejaksaan"), "Kejaksaan Negeri", "1.0.0", SpiVersion.CURRENT);

  /** Creates the provider; cheap, as ServiceLoader needs. */
  public KejaksaanAdapterProvider() {
  }

  @Override
  public AdapterDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Class<KejaksaanConfig> configType() {
    return KejaksaanConfig.class;
  }

  @Override
  public AgencyAdapter create(AdapterContext<KejaksaanConfig> context) {
    return new KejaksaanAdapter(context);
  }
}
