package id.mpp.sdk.adapters.polri;

import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.catalogue.AgencyId;

/**
 * Provides the Polri SKCK adapter (agency id {@code polri}): SKCK registrations with their purpose
 * and issuing unit, the payment number, and the SKCK's progress to issue and pickup. Listed in
 * {@code META-INF/services/id.mpp.sdk.adapter.AgencyAdapterProvider}; settings under
 * {@code mpp.adapter.polri.} (see {@link PolriConfig}).
 */
public final class PolriAdapterProvider implements AgencyAdapterProvider<PolriConfig> {

  private static final AdapterDescriptor DESCRIPTOR = new AdapterDescriptor(
      AgencyId.of("polri"), "Kepolisian Negara Republik Indonesia (SKCK)", "1.0.0",
      SpiVersion.CURRENT);

  /** Creates the provider; cheap, as ServiceLoader needs. */
  public PolriAdapterProvider() {
  }

  @Override
  public AdapterDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Class<PolriConfig> configType() {
    return PolriConfig.class;
  }

  @Override
  public AgencyAdapter create(AdapterContext<PolriConfig> context) {
    return new PolriAdapter(context);
  }
}
