package id.mpp.sdk.adapters.bank;

import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.catalogue.AgencyId;

/**
 * The provider of one regional bank reached through SNAP: every bank shares the same
 * {@link SnapBankAdapter} and {@link SnapBankConfig}; a subclass only names the bank. To add a
 * bank, subclass this with a public no-argument constructor and list the subclass in
 * {@code META-INF/services/id.mpp.sdk.adapter.AgencyAdapterProvider}.
 */
public abstract class SnapBankAdapterProvider implements AgencyAdapterProvider<SnapBankConfig> {

  private final AdapterDescriptor descriptor;

  /**
   * Names the bank.
   *
   * @param agencyId the bank's agency id, for example {@code bank-lampung}
   * @param displayName the bank's name, for example {@code Bank Lampung}
   */
  protected SnapBankAdapterProvider(String agencyId, String displayName) {
    this.descriptor = new AdapterDescriptor(AgencyId.of(agencyId), displayName, "1.0.0",
        SpiVersion.CURRENT);
  }

  @Override
  public final AdapterDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public final Class<SnapBankConfig> configType() {
    return SnapBankConfig.class;
  }

  @Override
  public final AgencyAdapter create(AdapterContext<SnapBankConfig> context) {
    return new SnapBankAdapter(context);
  }
}
