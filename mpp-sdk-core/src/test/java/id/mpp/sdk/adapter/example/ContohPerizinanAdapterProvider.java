package id.mpp.sdk.adapter.example;

import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.catalogue.AgencyId;

/**
 * Makes the example adapter. In an adapter jar, list this class in
 * {@code META-INF/services/id.mpp.sdk.adapter.AgencyAdapterProvider}.
 */
public final class ContohPerizinanAdapterProvider
    implements AgencyAdapterProvider<ContohPerizinanConfig> {

  /** The agency id of the example. */
  public static final AgencyId AGENCY = AgencyId.of("contoh-perizinan");

  @Override
  public AdapterDescriptor descriptor() {
    return new AdapterDescriptor(AGENCY, "Dinas Perizinan Kota Contoh", "1.0.0",
        SpiVersion.CURRENT);
  }

  @Override
  public Class<ContohPerizinanConfig> configType() {
    return ContohPerizinanConfig.class;
  }

  @Override
  public AgencyAdapter create(AdapterContext<ContohPerizinanConfig> context) {
    return new ContohPerizinanAdapter(context);
  }
}
