package id.mpp.sdk.adapters.pengadilanagama;

import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.catalogue.AgencyId;

/**
 * Provides the Pengadilan Agama adapter (agency id {@code pengadilan-agama}): e-Court style case
 * registration (cerai gugat, cerai talak, isbat nikah, dispensasi kawin), the panjar biaya perkara
 * estimate and the case status up to the akta cerai. Listed in
 * {@code META-INF/services/id.mpp.sdk.adapter.AgencyAdapterProvider}; settings under
 * {@code mpp.adapter.pengadilan-agama.} (see {@link PengadilanAgamaConfig}).
 */
public final class PengadilanAgamaAdapterProvider
    implements AgencyAdapterProvider<PengadilanAgamaConfig> {

  private static final AdapterDescriptor DESCRIPTOR = new AdapterDescriptor(
      AgencyId.of("pengadilan-agama"), "Pengadilan Agama", "1.0.0", SpiVersion.CURRENT);

  /** Creates the provider; cheap, as ServiceLoader needs. */
  public PengadilanAgamaAdapterProvider() {
  }

  @Override
  public AdapterDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Class<PengadilanAgamaConfig> configType() {
    return PengadilanAgamaConfig.class;
  }

  @Override
  public AgencyAdapter create(AdapterContext<PengadilanAgamaConfig> context) {
    return new PengadilanAgamaAdapter(context);
  }
}
