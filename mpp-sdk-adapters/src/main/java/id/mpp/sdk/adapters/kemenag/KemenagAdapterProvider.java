package id.mpp.sdk.adapters.kemenag;

import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.catalogue.AgencyId;

/**
 * Provides the Kemenag adapter (agency id {@code kemenag}): marriage registration at the KUA
 * (pendaftaran kehendak nikah) with its notice rule and PNBP, and the hajj waiting queue by nomor
 * porsi. Listed in {@code META-INF/services/id.mpp.sdk.adapter.AgencyAdapterProvider}; settings
 * under {@code mpp.adapter.kemenag.} (see {@link KemenagConfig}).
 */
public final class KemenagAdapterProvider implements AgencyAdapterProvider<KemenagConfig> {

  private static final AdapterDescriptor DESCRIPTOR = new AdapterDescriptor(
      AgencyId.of("kemenag"), "Kementerian Agama (KUA)", "1.0.0", SpiVersion.CURRENT);

  /** Creates the provider; cheap, as ServiceLoader needs. */
  public KemenagAdapterProvider() {
  }

  @Override
  public AdapterDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Class<KemenagConfig> configType() {
    return KemenagConfig.class;
  }

  @Override
  public AgencyAdapter create(AdapterContext<KemenagConfig> context) {
    return new KemenagAdapter(context);
  }
}
