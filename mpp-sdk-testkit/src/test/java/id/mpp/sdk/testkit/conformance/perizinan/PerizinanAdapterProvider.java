package id.mpp.sdk.testkit.conformance.perizinan;

import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.catalogue.AgencyId;
import java.util.Objects;

/**
 * Makes {@link PerizinanAdapter}; listed in this module's test
 * {@code META-INF/services/id.mpp.sdk.adapter.AgencyAdapterProvider}. The kit's own tests build
 * it with a {@link PerizinanAdapter.Flaw} to prove that each contract catches that bug.
 */
public final class PerizinanAdapterProvider implements AgencyAdapterProvider<PerizinanConfig> {

  /** The agency id: the MPP's own licensing office. */
  public static final AgencyId AGENCY = AgencyId.of("dpmptsp");

  private final PerizinanAdapter.Flaw flaw;

  /** The provider of the correct adapter, as {@code ServiceLoader} makes it. */
  public PerizinanAdapterProvider() {
    this(PerizinanAdapter.Flaw.NONE);
  }

  PerizinanAdapterProvider(PerizinanAdapter.Flaw flaw) {
    this.flaw = Objects.requireNonNull(flaw, "flaw");
  }

  @Override
  public AdapterDescriptor descriptor() {
    return new AdapterDescriptor(AGENCY, "DPMPTSP Kota Contoh", "1.0.0", SpiVersion.CURRENT);
  }

  @Override
  public Class<PerizinanConfig> configType() {
    return PerizinanConfig.class;
  }

  @Override
  public AgencyAdapter create(AdapterContext<PerizinanConfig> context) {
    return new PerizinanAdapter(context, flaw);
  }
}
