package id.mpp.sdk.adapters.bank;

/** Bank Rajasa (agency id {@code bank-rajasa}) through SNAP; settings {@code mpp.adapter.bank-rajasa.*}. */
public final class BankRajasaAdapterProvider extends SnapBankAdapterProvider {

  /** Creates the provider. */
  public BankRajasaAdapterProvider() {
    super("bank-rajasa", "Bank Rajasa");
  }
}
