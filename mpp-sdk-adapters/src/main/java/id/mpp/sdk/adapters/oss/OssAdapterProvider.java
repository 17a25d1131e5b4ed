package id.mpp.sdk.adapters.oss;

import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.catalogue.AgencyId;

/**
 * Provides the DPMPTSP / OSS adapter (agency id {@code dpmptsp}): businesses and their permits by
 * NIB, and risk-based permit applications in OSS RBA. Listed in
 * {@code META-INF/services/id.mpp.sdk.adapter.AgencyAdapterProvider}; settings under
 * {@code mpp.adapter.dpmptsp.} (see {@link OssConfig}).
 */
public final class OssAdapterProvider implements AgencyAdapterProvider<OssConfig> {

  private static final AdapterDescriptor DESCRIPTOR = new AdapterDescriptor(
      AgencyId.of("dpmptsp"), "DPMPTSP (OSS RBA)", "1.0.0", SpiVersion.CURRENT);

  /** Creates the provider; cheap, as ServiceLoader needs. */
  public OssAdapterProvider() {
  }

  @Override
  public AdapterDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Class<OssConfig> configType() {
    return OssConfig.class;
  }

  @Override
  public AgencyAdapter create(AdapterContext<OssConfig> context) {
    return new OssAdapter(context);
  }
}
