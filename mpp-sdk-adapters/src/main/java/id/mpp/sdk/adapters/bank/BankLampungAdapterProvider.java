package id.mpp.sdk.adapters.bank;

/** Bank Lampung (agency id {@code bank-lampung}) through SNAP; settings {@code mpp.adapter.bank-lampung.*}. */
public final class BankLampungAdapterProvider extends SnapBankAdapterProvider {

  /** Creates the provider. */
  public BankLampungAdapterProvider() {
    super("bank-lampung", "Bank Lampung");
  }
}
