package id.mpp.sdk.adapters.bpjskesehatan;

import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.catalogue.AgencyId;

/**
 * Provides the BPJS Kesehatan adapter (agency id {@code bpjs-kesehatan}): participant status by
 * card number or NIK (VClaim), and queue task times reported to Antrean RS. Listed in
 * {@code META-INF/services/id.mpp.sdk.adapter.AgencyAdapterProvider}; settings under
 * {@code mpp.adapter.bpjs-kesehatan.} (see {@link BpjsKesehatanConfig}).
 */
public final class BpjsKesehatanAdapterProvider
    implements AgencyAdapterProvider<BpjsKesehatanConfig> {

  private static final AdapterDescriptor DESCRIPTOR = new AdapterDescriptor(
      AgencyId.of("bpjs-kesehatan"), "BPJS Kesehatan", "1.0.0", SpiVersion.CURRENT);

  /** Creates the provider; cheap, as ServiceLoader needs. */
  public BpjsKesehatanAdapterProvider() {
  }

  @Override
  public AdapterDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Class<BpjsKesehatanConfig> configType() {
    return BpjsKesehatanConfig.class;
  }

  @Override
  public AgencyAdapter create(AdapterContext<BpjsKesehatanConfig> context) {
    return new BpjsKesehatanAdapter(context);
  }
}
