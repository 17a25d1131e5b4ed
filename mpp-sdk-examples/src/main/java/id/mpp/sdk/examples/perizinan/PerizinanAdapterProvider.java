package id.mpp.sdk.examples.perizinan;

import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.catalogue.AgencyId;

/**
 * The provider of the licensing office (DPMPTSP) of a city, agency id {@code dpmptsp}. An agency's
 * jar lists its provider in {@code META-INF/services/id.mpp.sdk.adapter.AgencyAdapterProvider}
 * so that a hub finds it with {@link java.util.ServiceLoader}; this example module does not,
 * because the reference OSS adapter of {@code mpp-sdk-adapters} claims the same agency and a hub
 * refuses two providers of one agency. The how-tos hand this provider to the registry
 * explicitly.
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
