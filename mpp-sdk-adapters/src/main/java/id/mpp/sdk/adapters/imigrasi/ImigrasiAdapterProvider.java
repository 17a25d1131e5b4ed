package id.mpp.sdk.adapters.imigrasi;

import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.catalogue.AgencyId;

/**
 * Provides the Imigrasi adapter (agency id {@code imigrasi}): passport appointments on the
 * office's daily quota, passport applications and their status, and the passport Standar
 * Pelayanan with the configured PNBP. Listed in
 * {@code META-INF/services/id.mpp.sdk.adapter.AgencyAdapterProvider}; settings under
 * {@code mpp.adapter.imigrasi.} (see {@link ImigrasiConfig}).
 */
public final class ImigrasiAdapterProvider implements AgencyAdapterProvider<ImigrasiConfig> {

  private static final AdapterDescriptor DESCRIPTOR = new AdapterDescriptor(
      AgencyId.of("imigrasi"), "Kantor Imigrasi", "1.0.0", SpiVersion.CURRENT);

  /** Creates the provider; cheap, as ServiceLoader needs. */
  public ImigrasiAdapterProvider() {
  }

  @Override
  public AdapterDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Class<ImigrasiConfig> configType() {
    return ImigrasiConfig.class;
  }

  @Override
  public AgencyAdapter create(AdapterContext<ImigrasiConfig> context) {
    return new ImigrasiAdapter(context);
  }
}
