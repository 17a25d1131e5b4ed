package id.mpp.sdk.adapters.bank;

import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.testkit.agencies.SnapBankSimulator;
import java.time.Clock;

/** Bank Lampung, configured on the SNAP bank adapter, passes the conformance kit. */
class BankLampungAdapterContractIT extends SnapBankContractTest {

  @Override
  protected AgencyAdapterProvider<?> provider() {
    return new BankLampungAdapterProvider();
  }

  @Override
  protected SnapBankSimulator newSimulator(Clock clock) {
    return new SnapBankSimulator("bank-lampung", clock, partner("mpp-bandar-lampung"));
  }
}
