package id.mpp.sdk.adapters.bank;

import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.testkit.agencies.SnapBankSimulator;
import java.time.Clock;

/** Bank Rajasa, configured on the same SNAP bank adapter, passes the conformance kit. */
class BankRajasaAdapterContractIT extends SnapBankContractTest {

  @Override
  protected AgencyAdapterProvider<?> provider() {
    return new BankRajasaAdapterProvider();
  }

  @Override
  protected SnapBankSimulator newSimulator(Clock clock) {
    return new SnapBankSimulator("bank-rajasa", clock, partner("mpp-metro"));
  }
}
