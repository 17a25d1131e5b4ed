package id.mpp.sdk.adapters.bpjsketenagakerjaan;

import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.catalogue.AgencyId;

/**
 * Provides the BPJS Ketenagakerjaan adapter (agency id {@code bpjs-ketenagakerjaan}): membership
 * checks by KPJ or NIK and JHT (Jaminan Hari Tua) claims with their status. Listed in
 * {@code META-INF/services/id.mpp.sdk.adapter.AgencyAdapterProvider}; settings under
 * {@code mpp.adapter.bpjs-ketenagakerjaan.} (see {@link BpjsKetenagakerjaanConfig}).
 */
public final class BpjsKetenagakerjaanAdapterProvider
    implements AgencyAdapterProvider<BpjsKetenagakerjaanConfig> {

  private static final AdapterDescriptor DESCRIPTOR = new AdapterDescriptor(
      AgencyId.of("bpjs-ketenagakerjaan"),
      "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan", "1.0.0", SpiVersion.CURRENT);

  /** Creates the provider; cheap, as ServiceLoader needs. */
  public BpjsKetenagakerjaanAdapterProvider() {
  }

  @Override
  public AdapterDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Class<BpjsKetenagakerjaanConfig> configType() {
    return BpjsKetenagakerjaanConfig.class;
  }

  @Override
  public AgencyAdapter create(AdapterContext<BpjsKetenagakerjaanConfig> context) {
    return new BpjsKetenagakerjaanAdapter(context);
  }
}
