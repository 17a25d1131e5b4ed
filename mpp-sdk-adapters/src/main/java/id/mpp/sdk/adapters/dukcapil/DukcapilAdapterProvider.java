package id.mpp.sdk.adapters.dukcapil;

import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.catalogue.AgencyId;

/**
 * Provides the Dukcapil adapter (agency id {@code dukcapil}): verification of a NIK's elements
 * with match results only, and KTP-el, KK and akta applications with their status. Listed in
 * {@code META-INF/services/id.mpp.sdk.adapter.AgencyAdapterProvider}; settings under
 * {@code mpp.adapter.dukcapil.} (see {@link DukcapilConfig}).
 */
public final class DukcapilAdapterProvider implements AgencyAdapterProvider<DukcapilConfig> {

  private static final AdapterDescriptor DESCRIPTOR = new AdapterDescriptor(
      AgencyId.of("dukcapil"), "Dinas Kependudukan dan Pencatatan Sipil", "1.0.0",
      SpiVersion.CURRENT);

  /** Creates the provider; cheap, as ServiceLoader needs. */
  public DukcapilAdapterProvider() {
  }

  @Override
  public AdapterDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Class<DukcapilConfig> configType() {
    return DukcapilConfig.class;
  }

  @Override
  public AgencyAdapter create(AdapterContext<DukcapilConfig> context) {
    return new DukcapilAdapter(context);
  }
}
