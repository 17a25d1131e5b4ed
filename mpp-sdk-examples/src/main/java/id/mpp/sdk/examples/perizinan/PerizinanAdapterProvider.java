package id.mpp.sdk.examples.perizinan;

import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.catalogue.AgencyId;

/**
 * The provider a hub finds with {@link java.util.ServiceLoader} (listed in this module's
 * {@code META-INF/services/id.mpp.sdk.adapter.AgencyAdapterProvider}): the licensing office
 * (DPMPTSP) of a city, agency id {@code dpmptsp}.
 */
public final class PerizinanAdapterProvider implements AgencyAdapterProvider<PerizinanConfig> {

  /** The agency id, as in the sample catalogue. */
  public static final AgencyId AGENCY = AgencyId.of("dpmptsp");

  /** Public no-argument constructor, as ServiceLoader requires. */
  public PerizinanAdapterProvider() {
  }

  @Override
  public AdapterDescriptor descriptor() {
    return new AdapterDescriptor(AGENCY, "DPMPTSP Kota Contoh (perizinan)", "1.0.0",
        SpiVersion.CURRENT);
  }

  @Override
  public Class<PerizinanConfig> configType() {
    return PerizinanConfig.class;
  }

  @Override
  public AgencyAdapter create(AdapterContext<PerizinanConfig> context) {
    return new PerizinanAdapter(context);
  }
}
