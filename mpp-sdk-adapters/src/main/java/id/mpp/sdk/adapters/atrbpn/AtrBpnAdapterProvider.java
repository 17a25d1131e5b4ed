package id.mpp.sdk.adapters.atrbpn;

import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.catalogue.AgencyId;

/**
 * Provides the ATR/BPN adapter (agency id {@code atr-bpn}): land certificate services of the
 * Kantor Pertanahan (pengecekan sertifikat, roya, balik nama) keyed by certificate number, their
 * PNBP and their status. Listed in
 * {@code META-INF/services/id.mpp.sdk.adapter.AgencyAdapterProvider}; settings under
 * {@code mpp.adapter.atr-bpn.} (see {@link AtrBpnConfig}).
 */
public final class AtrBpnAdapterProvider implements AgencyAdapterProvider<AtrBpnConfig> {

  private static final AdapterDescriptor DESCRIPTOR = new AdapterDescriptor(
      AgencyId.of("atr-bpn"), "Kantor Pertanahan (ATR/BPN)", "1.0.0", SpiVersion.CURRENT);

  /** Creates the provider; cheap, as ServiceLoader needs. */
  public AtrBpnAdapterProvider() {
  }

  @Override
  public AdapterDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Class<AtrBpnConfig> configType() {
    return AtrBpnConfig.class;
  }

  @Override
  public AgencyAdapter create(AdapterContext<AtrBpnConfig> context) {
    return new AtrBpnAdapter(context);
  }
}
